/**
 * A click on the article → the annotation it landed on. Where the browser can say which painted
 * ranges lie under a point (`CSS.highlights.highlightsFromPoint`), those ranges name the
 * annotations; elsewhere the caret position under the point becomes a canonical offset and the
 * interval lookup finds the annotations containing it. The caret is only a candidate finder: a
 * click in the blank space right of a line's end (or between paragraphs) snaps the caret to the
 * nearest text, inside a highlight the reader did not click. So each candidate is confirmed by
 * the point lying in one of its range's client rectangles, which is what is painted; only the
 * few candidates are measured, so a click stays cheap with thousands of highlights.
 * Overlapping highlights: the innermost (shortest) one wins, so a short highlight inside a long
 * one can always be reached; between two of the same length, the most recently created.
 */
import type { DomTextMap, IntervalLookup } from '@renderer/anchoring'
import type { AnchoredAnnotation } from '@renderer/stores/annotations'
import { underPoint, type ClientRect } from './point-in-rects'

/** What `highlightsFromPoint` returns (its newer form names the ranges under the point). */
interface HighlightHit {
  readonly highlight: Highlight
  readonly ranges?: readonly AbstractRange[]
}

type PointHighlights = HighlightRegistry & {
  highlightsFromPoint?(x: number, y: number): readonly HighlightHit[]
}

export interface HitTestContext {
  readonly document: Document
  readonly dom: DomTextMap
  readonly lookup: IntervalLookup<AnchoredAnnotation>
  /** The annotation a painted Range belongs to (`HighlightPainter.idOf`). */
  idOfRange(range: AbstractRange): string | undefined
  /** An anchored annotation by id. */
  placed(id: string): AnchoredAnnotation | undefined
  /** Where an anchored annotation is on screen: its range's client rectangles. */
  rectsOf(placed: AnchoredAnnotation): Iterable<ClientRect>
  readonly registry?: HighlightRegistry
}

/**
 * Of several annotations under one point, the one a click means.
 *
 * @param candidates - annotations containing the point
 */
export function innermost(candidates: readonly AnchoredAnnotation[]): AnchoredAnnotation | null {
  let best: AnchoredAnnotation | null = null
  for (const candidate of candidates) {
    const length = candidate.end - candidate.start
    const bestLength = best ? best.end - best.start : Infinity
    if (
      length < bestLength ||
      (length === bestLength && candidate.annotation.createdAt > best!.annotation.createdAt)
    ) {
      best = candidate
    }
  }
  return best
}

function fromPaintedRanges(x: number, y: number, context: HitTestContext): string[] | null {
  const registry = context.registry as PointHighlights | undefined
  if (typeof registry?.highlightsFromPoint !== 'function') return null
  const hits = registry.highlightsFromPoint(x, y)
  if (hits.some((hit) => !hit.ranges)) return null
  return hits.flatMap((hit) => hit.ranges!.map(context.idOfRange).filter((id) => id !== undefined))
}

function caretOffset(x: number, y: number, context: HitTestContext): number | null {
  const { document, dom } = context
  if (typeof document.caretPositionFromPoint === 'function') {
    const caret = document.caretPositionFromPoint(x, y)
    return caret ? dom.offsetAtPoint(caret.offsetNode, caret.offset) : null
  }
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? dom.offsetAtPoint(range.startContainer, range.startOffset) : null
}

/**
 * The annotation under a point of the window, or null.
 *
 * @param x - client x, e.g. of a click
 * @param y - client y
 * @param context - the article's text map and lookups
 */
export function annotationAtPoint(
  x: number,
  y: number,
  context: HitTestContext,
): AnchoredAnnotation | null {
  const painted = fromPaintedRanges(x, y, context)
  if (painted) {
    const placed = painted.map(context.placed).filter((p) => p !== undefined)
    return innermost(placed)
  }
  const offset = caretOffset(x, y, context)
  if (offset === null) return null
  return innermost(underPoint(context.lookup.containing(offset), x, y, context.rectsOf))
}
