/**
 * The one binary search the library needs: over any sorted sequence, described by its length
 * and a predicate that is false up to some index and true from there on.
 */

/**
 * The first index in `[0, count)` for which `isPast` holds, or `count` if none does.
 *
 * @param count - how many items the sequence has
 * @param isPast - false for a prefix of the sequence, true for the rest
 */
export function firstPast(count: number, isPast: (index: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const mid = (low + high) >>> 1
    if (isPast(mid)) high = mid
    else low = mid + 1
  }
  return low
}
