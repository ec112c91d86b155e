/**
 * Where the window opens: the size and position it had last time, if that still fits on a
 * display that exists now; otherwise a sensible size, centred. A window saved on a monitor that
 * has since been unplugged, or with corrupt numbers, must never open off-screen.
 */
import * as v from 'valibot'

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface WindowState {
  readonly bounds: Rect
  readonly maximized: boolean
}

/** Size and, when known to be visible, position; without x/y Electron centres the window. */
export interface Placement {
  readonly bounds: { width: number; height: number; x?: number; y?: number }
  readonly maximized: boolean
}

export const DEFAULT_SIZE = { width: 1120, height: 840 } as const
export const MIN_SIZE = { width: 480, height: 400 } as const

/** How much of the title bar must lie on a display for the saved position to be kept. */
const GRAB_WIDTH = 120
const TITLE_BAR_HEIGHT = 32

const coordinate = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000))
const length = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))

export const WindowStateSchema: v.GenericSchema<WindowState> = v.object({
  bounds: v.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: v.boolean(),
})

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(Math.max(value, min), Math.max(min, max))

function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: clamp(width, MIN_SIZE.width, area.width),
    height: clamp(height, MIN_SIZE.height, area.height),
  }
}

/**
 * @param saved - the last saved state, or null on first start or when unreadable
 * @param workAreas - every display's work area now, the primary display first
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): Placement {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE }
  if (!saved) {
    return { bounds: fitSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), maximized: false }
  }
  const { x, y, width, height } = saved.bounds
  const titleBar = { x, y, width, height: Math.min(TITLE_BAR_HEIGHT, height) }
  const home = workAreas.find((area) => {
    const visible = overlap(titleBar, area)
    return visible.width >= Math.min(GRAB_WIDTH, width) && visible.height >= titleBar.height / 2
  })
  if (!home) return { bounds: fitSize(width, height, primary), maximized: saved.maximized }
  const size = fitSize(width, height, home)
  return {
    bounds: {
      ...size,
      x: clamp(x, home.x, home.x + home.width - size.width),
      y: clamp(y, home.y, home.y + home.height - size.height),
    },
    maximized: saved.maximized,
  }
}
