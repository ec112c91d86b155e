/**
 * A point and the client rectangles of ranges: whether the point lies on what is painted. The
 * last step of hit-testing a click (hit-test.ts), kept apart so the benchmark's probe runs the
 * same check.
 */

/** A client rectangle, as `Range.getClientRects()` gives them. */
export type ClientRect = Pick<DOMRectReadOnly, 'left' | 'right' | 'top' | 'bottom'>

/**
 * Whether a point lies in one of the rectangles (left and top edges in, right and bottom out).
 *
 * @param rects - client rectangles, e.g. of a Range
 * @param x - client x
 * @param y - client y
 */
export function containsPoint(rects: Iterable<ClientRect>, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left && x < rect.right && y >= rect.top && y < rect.bottom) return true
  }
  return false
}

/**
 * The candidates whose painted passage really lies under the point.
 *
 * @param candidates - annotations containing the caret offset under the point
 * @param x - client x
 * @param y - client y
 * @param rectsOf - a candidate's client rectangles
 */
export function underPoint<T>(
  candidates: readonly T[],
  x: number,
  y: number,
  rectsOf: (candidate: T) => Iterable<ClientRect>,
): T[] {
  return candidates.filter((candidate) => containsPoint(rectsOf(candidate), x, y))
}
