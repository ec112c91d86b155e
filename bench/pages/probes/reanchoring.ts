/**
 * Metric 14 in the page: re-anchoring an article's highlights after an Update replaced its text
 * (`updating/reanchor.ts`: anchor every stored target on the new text, describe where each now
 * is, tell kept from moved). The new text is the long article with a sentence added at its top
 * (every offset moves), and one stored quote in ten has a word reversed, as if its passage had
 * been reworded (those are found approximately). The edit is made on the stored quotes, as in
 * metric 2: the long article is the seed a hundred times over, so a passage edited in the text
 * would still stand, unedited, in the other copies. The baseline is the same targets anchored on the unchanged text, as
 * opening the article does: what an update costs over an ordinary open.
 */
import type { Annotation } from '@shared/annotation'
import { anchorTargets, createTextIndex, describeRange, type TextIndex } from '@renderer/anchoring'
import { reanchorHighlights, type ReanchorOutcome } from '@renderer/updating/reanchor'
import { editOneWord } from '../edit-word'
import { article } from '../lab-article'
import { spreadPassages } from '../passages'
import { seededRandom } from '../random'

/** One highlight in this many has a word edited in the new text. */
const EDITED_ONE_IN = 10
const NOTE_ON_TOP = 'An editor’s note, added when the article was updated. '

interface Workload {
  readonly highlights: readonly Annotation[]
  readonly newText: string
  /** How many should be kept; the edited ones are moved, or not found when too short. */
  readonly expected: { readonly kept: number; readonly edited: number }
}

let workload: Workload | null = null
let counted: Readonly<Record<ReanchorOutcome, number>> | null = null

function prepared(): Workload {
  if (!workload) throw new Error('Call reanchoring.prepare first.')
  return workload
}

/**
 * Choose the highlights and make the new text (not timed).
 *
 * @param count - how many highlights
 */
export function prepare(count: number): void {
  const random = seededRandom(count)
  const index = createTextIndex(article.text)
  const passages = spreadPassages(article, count, count + 7)
  let edited = 0
  const highlights: Annotation[] = passages.map((passage, i) => {
    const target = describeRange(index, passage)!
    const changed = i % EDITED_ONE_IN === 0 ? editOneWord(target.quote.exact, random) : null
    if (changed !== null) edited++
    return {
      ...{ id: `h${i}`, articleId: 'bench', color: 'yellow', note: '', tags: [] },
      ...{ createdAt: 1, updatedAt: 1 },
      target: changed === null ? target : { ...target, quote: { ...target.quote, exact: changed } },
    }
  })
  workload = {
    highlights,
    newText: NOTE_ON_TOP + article.text,
    expected: { kept: count - edited, edited },
  }
  counted = null
}

/** Gloss: index the new text, re-anchor and describe every highlight on it. */
export async function gloss(): Promise<{ ms: number }> {
  const { highlights, newText } = prepared()
  const started = performance.now()
  const result = await reanchorHighlights(createTextIndex(newText), highlights)
  const ms = performance.now() - started
  counted = result.counts
  return { ms }
}

/** The baseline: the same targets anchored on the unchanged text, as opening the article. */
export async function baseline(): Promise<{ ms: number }> {
  const { highlights } = prepared()
  const started = performance.now()
  await anchorTargets(
    createTextIndex(article.text),
    highlights.map((highlight) => highlight.target),
  )
  return { ms: performance.now() - started }
}

/**
 * The longest main-thread task while re-anchoring: each anchoring chunk as timed around
 * `anchorTargets`'s clock (the first includes building the index), or the longest task the
 * browser reported (over 50 ms, the describing slices included), whichever is longest.
 */
export async function glossLongestTask(): Promise<{ ms: number }> {
  const { highlights, newText } = prepared()
  const observer = new PerformanceObserver(() => {})
  observer.observe({ type: 'longtask' })
  await new Promise((resolve) => setTimeout(resolve, 0))
  let chunkStart = performance.now()
  let chunkStarting = false
  let longest = 0
  const index: TextIndex = createTextIndex(newText)
  await reanchorHighlights(index, highlights, {
    now: () => {
      const now = performance.now()
      if (chunkStarting) chunkStart = now
      chunkStarting = false
      return now
    },
    onChunk: () => {
      longest = Math.max(longest, performance.now() - chunkStart)
      chunkStarting = true
    },
  })
  await new Promise((resolve) => setTimeout(resolve, 0))
  const reported = observer.takeRecords().map((entry) => entry.duration)
  observer.disconnect()
  return { ms: Math.max(longest, ...reported) }
}

/** What the latest Gloss run counted, and what it should have. */
export function check(): {
  counted: Readonly<Record<ReanchorOutcome, number>> | null
  expected: { readonly kept: number; readonly edited: number }
} {
  return { counted, expected: prepared().expected }
}
