import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  placeWindow,
  WindowStateSchema,
  type Rect,
} from './window-placement'

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 }
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('placeWindow', () => {
  it('opens at the default size, centred, on first start', () => {
    expect(placeWindow(null, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false })
  })

  it('shrinks the default size to a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 800, height: 600 }
    expect(placeWindow(null, [small]).bounds).toEqual({ width: 800, height: 600 })
  })

  it('restores a window that is still on a display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: true }
    expect(placeWindow(saved, [laptop, monitorRight])).toEqual(saved)
  })

  it('centres the window when its display is gone, keeping a size that fits', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 2000, height: 1200 }, maximized: false }
    expect(placeWindow(saved, [laptop])).toEqual({
      bounds: { width: 1440, height: 875 },
      maximized: false,
    })
  })

  it('refuses a position where the title bar cannot be grabbed', () => {
    const aboveScreen = { bounds: { x: 100, y: -800, width: 1000, height: 800 }, maximized: false }
    expect(placeWindow(aboveScreen, [laptop]).bounds).not.toHaveProperty('y')
    const farLeft = { bounds: { x: -990, y: 100, width: 1000, height: 800 }, maximized: false }
    expect(placeWindow(farLeft, [laptop]).bounds).not.toHaveProperty('x')
  })

  it('pulls a window that hangs over an edge back onto its display', () => {
    const saved = { bounds: { x: 1000, y: 500, width: 1000, height: 700 }, maximized: false }
    expect(placeWindow(saved, [laptop]).bounds).toEqual({
      x: 440,
      y: 200,
      width: 1000,
      height: 700,
    })
  })

  it('never makes a window smaller than the minimum', () => {
    const tiny = { bounds: { x: 10, y: 40, width: 50, height: 20 }, maximized: false }
    expect(placeWindow(tiny, [laptop]).bounds).toMatchObject(MIN_SIZE)
  })
})

describe('WindowStateSchema', () => {
  it.each([
    null,
    {},
    { bounds: { x: 0, y: 0, width: 800, height: 600 } },
    { bounds: { x: 0, y: 0, width: 0, height: 600 }, maximized: false },
    { bounds: { x: 0.5, y: 0, width: 800, height: 600 }, maximized: false },
    { bounds: { x: 1e9, y: 0, width: 800, height: 600 }, maximized: false },
    { bounds: { x: '0', y: 0, width: 800, height: 600 }, maximized: false },
  ])('refuses a corrupt saved state %j', (state) => {
    expect(v.safeParse(WindowStateSchema, state).success).toBe(false)
  })
})
