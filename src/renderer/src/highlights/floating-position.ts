/**
 * Where a small floating panel (the selection toolbar, a highlight's popover) goes beside a
 * passage: centred above it when there is room under the toolbar, else below it; always inside
 * the window. Fixed-position coordinates, in CSS pixels.
 */

export interface Box {
  readonly top: number
  readonly bottom: number
  readonly left: number
  readonly right: number
}

export interface PanelSize {
  readonly width: number
  readonly height: number
}

export interface Viewport {
  readonly width: number
  readonly height: number
  /** Height of the sticky toolbar: nothing floats under it. */
  readonly top: number
}

/** Space between the passage and the panel. */
const GAP = 8
/** Space kept from the window's edges. */
const EDGE = 8

/**
 * @param passage - the passage's bounding box (client coordinates)
 * @param panel - the panel's size
 * @param viewport - the window
 */
export function placeBeside(
  passage: Box,
  panel: PanelSize,
  viewport: Viewport,
): { top: number; left: number; below: boolean } {
  const centre = (passage.left + passage.right) / 2
  const left = Math.min(
    Math.max(EDGE, centre - panel.width / 2),
    Math.max(EDGE, viewport.width - panel.width - EDGE),
  )
  const above = passage.top - GAP - panel.height
  const below = above < viewport.top + EDGE
  const top = below ? passage.bottom + GAP : above
  return { top: Math.min(top, viewport.height - panel.height - EDGE), left, below }
}
