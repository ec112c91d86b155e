/**
 * Metric 2 in the page: anchoring stored annotations on the long article. Gloss builds its text
 * index once and anchors the batch with `anchorTargets` (chunked, yielding); the baseline places
 * each annotation Hypothesis-style (`../hypothesis-anchoring.ts`). Both get the same passages,
 * each described in its own offsets, and the same edited words.
 */
import {
  anchorTargets,
  createTextIndex,
  describeRange,
  isAnchored,
  type TextRange,
} from '@renderer/anchoring'
import { QUOTE_CONTEXT_LENGTH, type AnnotationTarget } from '@shared/annotation'
import { BLOCK_SEPARATOR } from '@shared/article'
import { editOneWord } from '../edit-word'
import { anchorLikeHypothesis, type HypothesisTarget } from '../hypothesis-anchoring'
import { article, articleElement } from '../lab-article'
import { annotationPassages } from '../passages'
import { seededRandom } from '../random'

/** One annotation in this many has an edited word, when edits are asked for. */
const EDITED_ONE_IN = 10

interface Workload {
  readonly passages: readonly TextRange[]
  readonly targets: readonly AnnotationTarget[]
  /** The same passages in `textContent` offsets, and their targets as Hypothesis stores them. */
  readonly baselinePassages: readonly TextRange[]
  readonly baselineTargets: readonly HypothesisTarget[]
}

let workload: Workload | null = null
/** What each side found in its latest run, for `check`. */
let found: Record<'gloss' | 'baseline', readonly (TextRange | null)[]> = { gloss: [], baseline: [] }

function prepared(): Workload {
  if (!workload) throw new Error('Call anchoring.prepare first.')
  return workload
}

/** How many block separators come before `offset`: `textContent` has none of them. */
function separatorsBefore(offset: number): number {
  let low = 0
  let high = article.blocks.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (article.blocks[middle].start <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * Choose the annotations for the next measurements (not timed).
 *
 * @param count - how many annotations
 * @param withEdits - whether one in ten has a word edited since it was stored
 */
export function prepare(count: number, withEdits: boolean): void {
  const random = seededRandom(count)
  const index = createTextIndex(article.text)
  const content = articleElement.textContent ?? ''
  const passages = annotationPassages(article, count, count + 1)
  const targets: AnnotationTarget[] = []
  const baselinePassages: TextRange[] = []
  const baselineTargets: HypothesisTarget[] = []
  passages.forEach((passage, i) => {
    const target = describeRange(index, passage)
    const shift = separatorsBefore(passage.start) * BLOCK_SEPARATOR.length
    const start = passage.start - shift
    const end = passage.end - shift
    if (!target || content.slice(start, end) !== target.quote.exact) {
      throw new Error(`The lab article's text does not line up at ${passage.start}.`)
    }
    const edited =
      withEdits && i % EDITED_ONE_IN === 0 ? editOneWord(target.quote.exact, random) : null
    if (withEdits && i % EDITED_ONE_IN === 0 && edited === null) {
      throw new Error(`No word to edit in ${JSON.stringify(target.quote.exact)}.`)
    }
    const exact = edited ?? target.quote.exact
    targets.push({ ...target, quote: { ...target.quote, exact } })
    baselinePassages.push({ start, end })
    baselineTargets.push({
      exact,
      prefix: content.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: content.slice(end, end + QUOTE_CONTEXT_LENGTH),
      start,
      end,
    })
  })
  workload = { passages, targets, baselinePassages, baselineTargets }
  found = { gloss: [], baseline: [] }
}

/** Gloss: index the text once, anchor the batch. */
export async function gloss(): Promise<{ ms: number }> {
  const { targets } = prepared()
  const started = performance.now()
  const results = await anchorTargets(createTextIndex(article.text), targets)
  const ms = performance.now() - started
  found = { ...found, gloss: results.map((result) => (isAnchored(result) ? result : null)) }
  return { ms }
}

/** The baseline: every annotation on its own, re-reading the article. */
export function baseline(): { ms: number } {
  const { baselineTargets } = prepared()
  const started = performance.now()
  const results = baselineTargets.map((target) => anchorLikeHypothesis(articleElement, target))
  const ms = performance.now() - started
  found = { ...found, baseline: results }
  return { ms }
}

/**
 * The longest main-thread task while Gloss anchors the batch: the longest chunk as timed around
 * `anchorTargets`'s own clock (the first one includes building the index), or the longest task
 * the browser itself reported (the Long Tasks API reports tasks over 50 ms), whichever is longer.
 */
export async function glossLongestTask(): Promise<{ ms: number }> {
  return { ms: (await anchorTimed(prepared().targets)).longest }
}

/** Anchor `targets` as the app does; the whole time, and the longest task as described above. */
async function anchorTimed(
  targets: readonly AnnotationTarget[],
): Promise<{ ms: number; longest: number }> {
  const observer = new PerformanceObserver(() => {})
  observer.observe({ type: 'longtask' })
  // The browser reports long tasks only to observers that existed when the task began.
  await new Promise((resolve) => setTimeout(resolve, 0))
  const started = performance.now()
  let chunkStart = started
  let chunkStarting = false
  let longest = 0
  await anchorTargets(createTextIndex(article.text), targets, {
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
  const ms = performance.now() - started
  await new Promise((resolve) => setTimeout(resolve, 0))
  const reported = observer.takeRecords().map((entry) => entry.duration)
  observer.disconnect()
  return { ms, longest: Math.max(longest, ...reported) }
}

/** `n` distinct code units from `from` on (all in the BMP, below the surrogates). */
function distinctText(n: number, from: number): string {
  return Array.from({ length: n }, (_, i) => String.fromCharCode(from + (i % 38_000))).join('')
}

/**
 * The worst cases the reliability issue found, as a hostile import makes them, three of each:
 * `Putin` (which occurs hundreds of times here) with 1,000-character prefix and suffix of
 * distinct CJK characters, and a 200,000-character quote of 38,000 distinct code units. Before
 * anchoring/'s bounds they froze the page for 80-91 s, and for 45 s (three quotes).
 *
 * @param kind - which case
 */
export function hostile(
  kind: 'cjk-context' | 'huge-quote',
): Promise<{ ms: number; longest: number }> {
  const targets = [0, 1, 2].map((i): AnnotationTarget =>
    kind === 'cjk-context'
      ? {
          quote: {
            exact: 'Putin',
            prefix: distinctText(1_000, 0x4e00 + i),
            suffix: distinctText(1_000, 0x5e00 + i),
          },
          position: { start: 0, end: 5 },
        }
      : {
          quote: { exact: distinctText(200_000, 0x3000 + i), prefix: '', suffix: '' },
          position: { start: 0, end: 200_000 },
        },
  )
  return anchorTimed(targets)
}

/** How many each side anchored in its latest run, and how many exactly on their passage. */
export function check(): Record<'gloss' | 'baseline', { anchored: number; onPassage: number }> {
  const { passages, baselinePassages } = prepared()
  const tally = (results: readonly (TextRange | null)[], expected: readonly TextRange[]) => ({
    anchored: results.filter(Boolean).length,
    onPassage: results.filter((r, i) => r?.start === expected[i].start && r.end === expected[i].end)
      .length,
  })
  return { gloss: tally(found.gloss, passages), baseline: tally(found.baseline, baselinePassages) }
}
