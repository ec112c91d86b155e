/**
 * What a backup holds, and what a restore would replace, in words: "12 annotations on 2
 * articles, 1 article note, 3 reading places and your settings" (kinds with none left out,
 * except annotations).
 */
import type { DataCounts, StoredData } from '@renderer/db/backup'

const count = new Intl.NumberFormat('en')

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`
}

/** `a, b and c` */
function list(parts: readonly string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

function describe(counts: DataCounts, articles: number | null): string {
  const annotations = plural(counts.annotations, 'annotation', 'annotations')
  const parts = [
    articles && articles > 1 ? `${annotations} on ${count.format(articles)} articles` : annotations,
  ]
  if (counts.articleNotes > 0)
    parts.push(plural(counts.articleNotes, 'article note', 'article notes'))
  if (counts.readingPositions > 0) {
    parts.push(plural(counts.readingPositions, 'reading place', 'reading places'))
  }
  if (counts.settings > 0) parts.push('your settings')
  return list(parts)
}

/** @param data - the rows a backup holds */
export function backupContents(data: StoredData): string {
  const counts: DataCounts = {
    settings: data.settings.length,
    readingPositions: data.readingPositions.length,
    annotations: data.annotations.length,
    articleNotes: data.articleNotes.length,
  }
  return describe(counts, new Set(data.annotations.map((a) => a.articleId)).size)
}

/** @param counts - the rows stored now */
export function currentContents(counts: DataCounts): string {
  return describe(counts, null)
}

/** `1 May 2024, 10:00`: when a backup was made, in the reader's own time. */
export function backupTime(date: Date): string {
  return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })
}
