/**
 * Offsets → offsets that fall on user-perceived character (grapheme cluster) boundaries, so a
 * range never splits a surrogate pair, an emoji ZWJ sequence or a letter from its combining
 * marks. Ranges snap outwards: a half-selected character is included, as a reader expects.
 */
import type { TextRange } from './types'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** How far around an offset to look for the cluster containing it (code units each side). */
const CLUSTER_WINDOW = 64

/** Below U+0300 nothing combines with a neighbour, except CR LF. */
function isPlainBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before < 0x300 && after < 0x300 && !(before === 0x0d && after === 0x0a)
}

/** The `[start, end)` of the grapheme cluster that strictly contains `offset`, if any. */
function clusterAround(text: string, offset: number): TextRange | null {
  if (isPlainBoundary(text, offset)) return null
  const from = Math.max(0, offset - CLUSTER_WINDOW)
  const window = text.slice(from, Math.min(text.length, offset + CLUSTER_WINDOW))
  for (const { index, segment } of segmenter.segment(window)) {
    const start = from + index
    const end = start + segment.length
    if (start < offset && offset < end) return { start, end }
    if (start >= offset) break
  }
  return null
}

/**
 * The nearest cluster boundary at or before `offset`.
 *
 * @param text - the text the offset points into
 * @param offset - a UTF-16 offset, within `[0, text.length]`
 */
export function clusterStartAt(text: string, offset: number): number {
  return clusterAround(text, offset)?.start ?? offset
}

/**
 * The nearest cluster boundary at or after `offset`.
 *
 * @param text - the text the offset points into
 * @param offset - a UTF-16 offset, within `[0, text.length]`
 */
export function clusterEndAt(text: string, offset: number): number {
  return clusterAround(text, offset)?.end ?? offset
}

/**
 * Clamp a range to the text and widen it to whole clusters.
 *
 * @param text - the text the range points into
 * @param range - any range; reversed or out-of-bounds ends are clamped
 */
export function snapRangeToClusters(text: string, range: TextRange): TextRange {
  const start = Math.min(Math.max(0, range.start), text.length)
  const end = Math.min(Math.max(start, range.end), text.length)
  return { start: clusterStartAt(text, start), end: clusterEndAt(text, end) }
}
