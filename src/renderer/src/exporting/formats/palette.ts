/**
 * Highlight colours as exports paint them: the HTML export's CSS and the stylesheet embedded in
 * each Web Annotation. Light tints with a stronger edge, so a printout on a black-and-white
 * printer still tells highlights apart by their edge.
 */
import type { HighlightColor } from '@shared/annotation'

export interface HighlightPaint {
  /** Background of the highlighted text. */
  readonly fill: string
  /** The quote's left edge: visible when a printer drops backgrounds. */
  readonly edge: string
}

export const HIGHLIGHT_PAINT: Record<HighlightColor, HighlightPaint> = {
  yellow: { fill: '#fff1a8', edge: '#d4a800' },
  green: { fill: '#d2f4c8', edge: '#3c9a3c' },
  blue: { fill: '#d3e6ff', edge: '#3a78d8' },
  pink: { fill: '#ffd6e6', edge: '#d8457f' },
  purple: { fill: '#e6dcff', edge: '#7c55d6' },
}
