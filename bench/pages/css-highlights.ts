/**
 * Gloss's way of painting highlights (DESIGN.md "Rendering"): ranges registered with the CSS
 * Custom Highlight API, one `Highlight` per colour; the article DOM is never touched.
 */

export const COLOURS = ['yellow', 'green', 'blue', 'pink'] as const

/**
 * Paint ranges, sharing them out over the colours in turn.
 *
 * @param ranges - DOM ranges over the article
 */
export function paintHighlights(ranges: readonly Range[]): void {
  COLOURS.forEach((colour, c) => {
    const own = ranges.filter((_, i) => i % COLOURS.length === c)
    CSS.highlights.set(`bench-${colour}`, new Highlight(...own))
  })
}

export function clearHighlights(): void {
  CSS.highlights.clear()
}
