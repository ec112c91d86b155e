/**
 * Made-up library rows, varied the way a real library is (long and short titles, missing
 * bylines, unread, half-read and finished articles, some archived, a few in the Trash), and
 * the same on every run, for the library view's tests and harnesses.
 */
import type { LibraryRow } from '../library-source'

const SITES = ['The Guardian', 'Ars Technica', '', 'Quanta Magazine', 'lwn.net', 'Le Monde']
const BYLINES = ['Ada Byron', '', 'Grace Hopper and Jean Sammet', 'Édouard Glissant', '']
const SUBJECTS = [
  'How the river found its way back',
  'Zürich’s quiet trams',
  'A very long title about the economics of small harbours in the nineteenth century and what they teach us',
  'Notes on rust',
  'Why we sleep',
]
const TAGS = ['history', 'science', 'to-read', 'work']
const HOUR = 3_600_000

/**
 * @param count - how many rows
 * @param now - the time the newest was added, ms since the epoch
 */
export function sampleRows(count: number, now: number): LibraryRow[] {
  return Array.from({ length: count }, (_, index) => {
    const progress = [0, 0, 0.42, 1, 0.07][index % 5]!
    return {
      id: `article-${index}`,
      title: `${SUBJECTS[index % SUBJECTS.length]} (${index + 1})`,
      siteName: SITES[index % SITES.length]!,
      byline: BYLINES[index % BYLINES.length]!,
      addedAt: now - index * 7 * HOUR,
      openedAt: progress > 0 ? now - index * 3 * HOUR : 0,
      wordCount: 300 + ((index * 617) % 6000),
      progress,
      highlightCount: index % 4 === 0 ? 0 : index % 13,
      archived: index % 11 === 10,
      trashedAt: index % 17 === 16 ? now - (index % 30) * 24 * HOUR : 0,
      tags: index % 3 === 0 ? [TAGS[index % TAGS.length]!] : [],
    }
  })
}
