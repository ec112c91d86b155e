/**
 * Placed annotations → painted highlights, through the CSS Custom Highlight API: one `Highlight`
 * per colour (`gloss-yellow` ... `gloss-purple`, styled by `::highlight()` in highlights.css),
 * one for the focused annotation (`gloss-focus`) and one for a brief flash (`gloss-flash`). The
 * article's DOM is never touched. Painting is a diff by annotation id, colour and place, so a
 * change to one of 10,000 highlights moves one Range. Ranges come from the article's DOM text map;
 * when the article re-renders, `reset` drops every Range and the next `paint` makes new ones.
 * Making thousands of Ranges at once (an article opened with 10,000 highlights) would hold the
 * main thread too long: `paint` can stop when asked and be called again with the same list to go
 * on, so its caller can spread the work over several tasks.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotation'
import type { TextRange } from '@renderer/anchoring'

/** An annotation to paint: its id, colour and place in canonical offsets. */
export interface PaintedAnnotation extends TextRange {
  readonly id: string
  readonly color: HighlightColor
}

export interface HighlightPainter {
  /**
   * Paint exactly these annotations: take off every other one, and paint or move these until
   * `stop` says to stop. Call again with the same list to paint the rest.
   *
   * @param annotations - every annotation to show
   * @param rangeOf - canonical offsets → a DOM Range (`DomTextMap.offsetsToRange`)
   * @param stop - asked before each Range is made; true leaves the rest for the next call
   * @returns whether every annotation is painted as given
   */
  paint(
    annotations: readonly PaintedAnnotation[],
    rangeOf: (range: TextRange) => Range,
    stop?: () => boolean,
  ): boolean
  /** @param id - the annotation to mark as focused, or null */
  focus(id: string | null): void
  /** @param id - the annotation to flash, or null to stop */
  flash(id: string | null): void
  /** @param id - an annotation; its painted Range, if it is painted */
  rangeOf(id: string): Range | undefined
  /** @param range - a Range from `highlightsFromPoint`; the annotation painted with it */
  idOf(range: AbstractRange): string | undefined
  /** Forget every Range (the article re-rendered); the next `paint` starts over. */
  reset(): void
  /** Take every Gloss highlight off the page. */
  dispose(): void
}

interface Painted {
  readonly color: HighlightColor
  readonly start: number
  readonly end: number
  readonly range: Range
}

/** Whether this browser can paint highlights without touching the DOM. */
export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
}

/** @param registry - where highlights are registered: `CSS.highlights` */
export function createHighlightPainter(registry: HighlightRegistry): HighlightPainter {
  const byColor = new Map(HIGHLIGHT_COLORS.map((color) => [color, new Highlight()]))
  const focusHighlight = new Highlight()
  const flashHighlight = new Highlight()
  // Above the colours: the focus underline and the flash show over any overlap.
  focusHighlight.priority = 1
  flashHighlight.priority = 2
  for (const [color, highlight] of byColor) registry.set(`gloss-${color}`, highlight)
  registry.set('gloss-focus', focusHighlight)
  registry.set('gloss-flash', flashHighlight)

  const painted = new Map<string, Painted>()
  const idByRange = new WeakMap<AbstractRange, string>()
  let focusedId: string | null = null
  let flashingId: string | null = null

  /** Show `id`'s current Range (or nothing) in a one-annotation highlight. */
  const mark = (highlight: Highlight, id: string | null): void => {
    highlight.clear()
    const range = id === null ? undefined : painted.get(id)?.range
    if (range) highlight.add(range)
  }

  const unpaint = (id: string, entry: Painted): void => {
    byColor.get(entry.color)!.delete(entry.range)
    painted.delete(id)
  }

  return {
    paint(annotations, rangeOf, stop = () => false) {
      const wanted = new Set<string>()
      let complete = true
      for (const { id, color, start, end } of annotations) {
        wanted.add(id)
        const old = painted.get(id)
        if (old && old.color === color && old.start === start && old.end === end) continue
        if (!complete || stop()) {
          complete = false
          continue
        }
        if (old) unpaint(id, old)
        const range =
          old && old.start === start && old.end === end ? old.range : rangeOf({ start, end })
        byColor.get(color)!.add(range)
        painted.set(id, { color, start, end, range })
        idByRange.set(range, id)
      }
      for (const [id, entry] of painted) if (!wanted.has(id)) unpaint(id, entry)
      mark(focusHighlight, focusedId)
      mark(flashHighlight, flashingId)
      return complete
    },
    focus(id) {
      focusedId = id
      mark(focusHighlight, id)
    },
    flash(id) {
      flashingId = id
      mark(flashHighlight, id)
    },
    rangeOf: (id) => painted.get(id)?.range,
    idOf: (range) => idByRange.get(range),
    reset() {
      for (const highlight of [...byColor.values(), focusHighlight, flashHighlight]) {
        highlight.clear()
      }
      painted.clear()
    },
    dispose() {
      for (const color of HIGHLIGHT_COLORS) registry.delete(`gloss-${color}`)
      registry.delete('gloss-focus')
      registry.delete('gloss-flash')
    },
  }
}
