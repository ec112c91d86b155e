/**
 * `[` and `]`: which highlight takes focus next, in reading order. From the focused one, the one
 * before or after it (two highlights starting at the same offset are two stops, so the walk goes
 * by index, not by offset); at either end, focus stays. With nothing focused, the walk starts at
 * the first highlight at or below the top of the reading area, so the keys begin where the
 * reader is looking.
 */
import type { AnchoredAnnotation } from '@renderer/stores/annotations'

export interface StepContext {
  /** Anchored annotations in reading order (`IntervalLookup.inOrder`). */
  readonly inOrder: readonly AnchoredAnnotation[]
  readonly focusedId: string | null
  /** Client y of a highlight's top (its painted Range), or undefined if it is not painted. */
  topOf(id: string): number | undefined
  /** Client y of the top of the reading area (below the sticky toolbar). */
  readonly readingTop: number
}

/**
 * @param direction - 1 for `]` (next), -1 for `[` (previous)
 * @param context - the highlights, the focus and where the reader is
 * @returns the annotation to focus, or null when there is none
 */
export function stepHighlight(direction: 1 | -1, context: StepContext): AnchoredAnnotation | null {
  const { inOrder, focusedId } = context
  if (inOrder.length === 0) return null
  const at = focusedId === null ? -1 : inOrder.findIndex((p) => p.annotation.id === focusedId)
  if (at !== -1) return inOrder[Math.min(Math.max(at + direction, 0), inOrder.length - 1)]
  // Binary search: the first highlight whose top is at or below the reading line.
  let low = 0
  let high = inOrder.length
  while (low < high) {
    const mid = (low + high) >>> 1
    const top = context.topOf(inOrder[mid].annotation.id) ?? Infinity
    if (top >= context.readingTop) high = mid
    else low = mid + 1
  }
  return inOrder[Math.min(low, inOrder.length - 1)]
}
