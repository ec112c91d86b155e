/**
 * An article's highlights, moved onto its new text: each stored target is anchored on the new
 * text the way the reader anchors it (position, quote, fuzzy: `anchorTargets`, in chunks of a
 * few milliseconds with the browser given its turn between them), and every one that is found
 * gets a fresh target described on the new text (`describeRange`, in slices of the same budget), so the next start finds it
 * by position at once. A highlight whose passage is gone keeps its old target and is reported
 * as not found: it is never deleted, and it is listed under "Passages not found".
 *
 * What the summary counts (the definitions the reader's message rests on):
 * - **kept**: the very same words were found (by position or as an exact quote) with the same
 *   `NEAREST_CONTEXT` characters beside them on at least one side (in matching form): the
 *   passage is where it was among its words, whatever its offset in the text now.
 * - **moved**: found, but not as it was: its words changed (found only approximately, `fuzzy`),
 *   or the same words now stand among other words on both sides (found elsewhere: a sentence
 *   or paragraph moved).
 * - **not found**: orphaned; its old target is kept.
 */
import type { Annotation, AnnotationTarget } from '@shared/annotation'
import {
  anchorTargets,
  DEFAULT_BUDGET_MS,
  describeRange,
  isAnchored,
  normalizeForMatching,
  type AnchorBatchOptions,
  type AnchorResult,
  type TextIndex,
} from '@renderer/anchoring'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'

export type ReanchorOutcome = 'kept' | 'moved' | 'not-found'

export interface ReanchorResult {
  /** New targets by highlight id; highlights not found have none (they keep their own). */
  readonly targets: ReadonlyMap<string, AnnotationTarget>
  readonly outcomes: ReadonlyMap<string, ReanchorOutcome>
  readonly counts: Readonly<Record<ReanchorOutcome, number>>
}

/** Characters of context, nearest the quote, that must be unchanged for it to count as kept. */
export const NEAREST_CONTEXT = 8

const sameNeighbours = (before: string, after: string, side: 'prefix' | 'suffix'): boolean => {
  const near = (context: string): string => {
    const normalized = normalizeForMatching(context)
    return side === 'prefix'
      ? normalized.slice(-NEAREST_CONTEXT)
      : normalized.slice(0, NEAREST_CONTEXT)
  }
  return near(before).length > 0 && near(before) === near(after)
}

/**
 * @param before - the target as stored on the old text
 * @param result - where it was anchored on the new text
 * @param after - the target described there
 */
export function classify(
  before: AnnotationTarget,
  result: AnchorResult,
  after: AnnotationTarget | null,
): ReanchorOutcome {
  if (!isAnchored(result) || after === null) return 'not-found'
  if (result.method === 'fuzzy') return 'moved'
  const { prefix, suffix } = before.quote
  const inPlace =
    sameNeighbours(prefix, after.quote.prefix, 'prefix') ||
    sameNeighbours(suffix, after.quote.suffix, 'suffix')
  // A quote with no stored context (the whole article) has nothing to have moved away from.
  return inPlace || (prefix === '' && suffix === '') ? 'kept' : 'moved'
}

/**
 * Anchor every highlight on the new text and describe where each now is.
 *
 * @param index - the new text's index
 * @param highlights - the article's highlights, on the old text
 * @param options - cancellation and the work budget per task (`anchorTargets`)
 */
export async function reanchorHighlights(
  index: TextIndex,
  highlights: readonly Annotation[],
  options: AnchorBatchOptions = {},
): Promise<ReanchorResult> {
  const results = await anchorTargets(
    index,
    highlights.map((highlight) => highlight.target),
    options,
  )
  const targets = new Map<string, AnnotationTarget>()
  const outcomes = new Map<string, ReanchorOutcome>()
  const counts = { kept: 0, moved: 0, 'not-found': 0 }
  // Describing is work too (about 30 ms per 1,000): within the same budget per task.
  const now = options.now ?? (() => performance.now())
  const pause = options.yieldToMain ?? yieldToMain
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS
  let sliceStart = now()
  for (const [i, highlight] of highlights.entries()) {
    if (now() - sliceStart >= budget) {
      await pause()
      options.signal?.throwIfAborted()
      sliceStart = now()
    }
    const result = results[i]
    const after = isAnchored(result) ? describeRange(index, result) : null
    const outcome = classify(highlight.target, result, after)
    if (after && outcome !== 'not-found') targets.set(highlight.id, after)
    outcomes.set(highlight.id, outcome)
    counts[outcome]++
  }
  return { targets, outcomes, counts }
}

/**
 * What the reader is told: "31 highlights kept, 2 moved, 1 not found". Outcomes no highlight
 * came to are left out; the first part names the highlights.
 *
 * @param counts - how many highlights came to each outcome
 */
export function reanchorSummary(counts: Readonly<Record<ReanchorOutcome, number>>): string {
  const parts = (
    [
      [counts.kept, 'kept'],
      [counts.moved, 'moved'],
      [counts['not-found'], 'not found'],
    ] as const
  ).filter(([count]) => count > 0)
  if (parts.length === 0) return 'The article had no highlights to move.'
  const [[first, what], ...rest] = parts
  const noun = first === 1 ? 'highlight' : 'highlights'
  return [`${first} ${noun} ${what}`, ...rest.map(([count, how]) => `${count} ${how}`)].join(', ')
}
