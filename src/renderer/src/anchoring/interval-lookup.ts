/**
 * Anchored ranges → fast questions about them: which contain an offset (hit-testing a click,
 * overlaps allowed), and which comes next or before an offset (`[` and `]`). Built once per set
 * of anchored annotations: ranges sorted by start, laid out as an implicit balanced tree whose
 * nodes know the furthest end below them, so a lookup costs O(log n + hits), not O(n).
 */
import { firstPast } from './binary-search'
import type { TextRange } from './types'

export interface IntervalLookup<T extends TextRange> {
  /** Every range in reading order: by start, then by end, then as given. */
  readonly inOrder: readonly T[]
  /**
   * The ranges with `start <= offset < end`, in reading order.
   *
   * @param offset - a canonical offset, e.g. from `DomTextMap.offsetAtPoint`
   */
  containing(offset: number): T[]
  /**
   * The first range that starts after `offset`, or undefined.
   *
   * @param offset - a canonical offset, e.g. the focused highlight's start
   */
  next(offset: number): T | undefined
  /**
   * The last range that starts before `offset`, or undefined.
   *
   * @param offset - a canonical offset, e.g. the focused highlight's start
   */
  previous(offset: number): T | undefined
}

/**
 * Index anchored ranges for lookups.
 *
 * @param ranges - anchored annotations (anything with `start` and `end`), in any order
 */
export function createIntervalLookup<T extends TextRange>(ranges: readonly T[]): IntervalLookup<T> {
  const sorted = ranges
    .map((range, given) => ({ range, given }))
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.given - b.given)
    .map(({ range }) => range)
  // maxEnd[mid]: the furthest end in the subtree rooted at mid of [low, high).
  const maxEnd = new Float64Array(sorted.length)
  const build = (low: number, high: number): number => {
    if (low >= high) return -Infinity
    const mid = (low + high) >>> 1
    maxEnd[mid] = Math.max(sorted[mid].end, build(low, mid), build(mid + 1, high))
    return maxEnd[mid]
  }
  build(0, sorted.length)

  const collect = (low: number, high: number, offset: number, hits: T[]): void => {
    if (low >= high) return
    const mid = (low + high) >>> 1
    if (maxEnd[mid] <= offset) return
    collect(low, mid, offset, hits)
    if (sorted[mid].start > offset) return
    if (sorted[mid].end > offset) hits.push(sorted[mid])
    collect(mid + 1, high, offset, hits)
  }

  return {
    inOrder: sorted,
    containing(offset) {
      const hits: T[] = []
      collect(0, sorted.length, offset, hits)
      return hits
    },
    next: (offset) => sorted[firstPast(sorted.length, (i) => sorted[i].start > offset)],
    previous: (offset) => sorted[firstPast(sorted.length, (i) => sorted[i].start >= offset) - 1],
  }
}
