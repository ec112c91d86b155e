/**
 * Many stored targets → their places, without freezing the page: annotations are anchored in
 * chunks of at most `budgetMs` of work (a long fuzzy search is itself cut into steps, see
 * `anchorSteps`), yielding to the browser between chunks, and the whole batch can be cancelled
 * with an AbortSignal. The text index is shared by every annotation.
 */
import type { AnnotationTarget } from '@shared/annotation'
import { anchorSteps, anchorTarget } from './anchor'
import type { TextIndex } from './text-index'
import type { AnchorResult } from './types'
import { yieldToMain } from './yield-to-main'

/** Work per task: well under the 50 ms after which the browser calls a task long. */
export const DEFAULT_BUDGET_MS = 12

export interface AnchorBatchOptions {
  /** Cancels the batch: the promise rejects with the signal's reason at the next chunk. */
  readonly signal?: AbortSignal
  /** Milliseconds of anchoring per task before yielding. */
  readonly budgetMs?: number
  /** Reports progress after each chunk, e.g. to paint what is anchored so far. */
  readonly onChunk?: (anchored: number, total: number) => void
  /** Clock and yield, replaceable in tests. */
  readonly now?: () => number
  readonly yieldToMain?: () => Promise<void>
}

/**
 * Anchor many targets, in order, yielding between chunks.
 *
 * @param index - the article's text index, built once
 * @param targets - the stored targets
 * @param options - cancellation, budget and progress
 * @returns one result per target, in the same order
 */
export async function anchorTargets(
  index: TextIndex,
  targets: readonly AnnotationTarget[],
  options: AnchorBatchOptions = {},
): Promise<AnchorResult[]> {
  const { signal, budgetMs = DEFAULT_BUDGET_MS, onChunk } = options
  const now = options.now ?? (() => performance.now())
  const pause = options.yieldToMain ?? yieldToMain
  const results: AnchorResult[] = []
  signal?.throwIfAborted()
  let current: Generator<void, AnchorResult> | null = null
  while (results.length < targets.length) {
    const chunkStart = now()
    do {
      current ??= anchorSteps(index, targets[results.length])
      const step = current.next()
      if (step.done) {
        results.push(step.value)
        current = null
      }
    } while (results.length < targets.length && now() - chunkStart < budgetMs)
    onChunk?.(results.length, targets.length)
    if (results.length < targets.length) {
      await pause()
      signal?.throwIfAborted()
    }
  }
  return results
}

/**
 * Anchor many targets at once, blocking until done: for tests, workers and small batches.
 *
 * @param index - the article's text index, built once
 * @param targets - the stored targets
 */
export function anchorTargetsSync(
  index: TextIndex,
  targets: readonly AnnotationTarget[],
): AnchorResult[] {
  return targets.map((target) => anchorTarget(index, target))
}
