import { describe, expect, it } from 'vitest'
import {
  AVERAGE_CHARACTER_EM,
  DEFAULT_READING_SETTINGS,
  measureWidth,
  SETTING_RANGES,
  resolveTheme,
  sanitizeReadingSettings,
} from './reading-settings'

describe('sanitizeReadingSettings', () => {
  it('gives the defaults for nothing stored, or for something that is not settings', () => {
    for (const stored of [undefined, null, 'dark', 42, []]) {
      expect(sanitizeReadingSettings(stored)).toEqual(DEFAULT_READING_SETTINGS)
    }
  })

  it('keeps valid stored values', () => {
    const stored = {
      theme: 'sepia',
      fontFamily: 'sans',
      fontSize: 22,
      lineHeight: 1.8,
      measure: 60,
    }
    expect(sanitizeReadingSettings(stored)).toEqual(stored)
  })

  it('replaces unknown choices field by field, keeping the valid ones', () => {
    expect(sanitizeReadingSettings({ theme: 'neon', fontFamily: 'sans' })).toEqual({
      ...DEFAULT_READING_SETTINGS,
      fontFamily: 'sans',
    })
  })

  it('clamps numbers into their range and snaps them to the slider step', () => {
    const settings = sanitizeReadingSettings({ fontSize: 400, lineHeight: 1.61, measure: -3 })
    expect(settings.fontSize).toBe(SETTING_RANGES.fontSize.max)
    expect(settings.lineHeight).toBe(1.6)
    expect(settings.measure).toBe(SETTING_RANGES.measure.min)
    expect(sanitizeReadingSettings({ fontSize: Number.NaN }).fontSize).toBe(19)
  })

  it('drops fields it does not know (a newer version may have stored more)', () => {
    expect(Object.keys(sanitizeReadingSettings({ ...DEFAULT_READING_SETTINGS, extra: 1 }))).toEqual(
      Object.keys(DEFAULT_READING_SETTINGS),
    )
  })
})

describe('measureWidth', () => {
  it('sets the column in em of the text, so it scales with the font size', () => {
    expect(measureWidth(68)).toBe(`${(68 * AVERAGE_CHARACTER_EM).toFixed(2)}em`)
    expect(parseFloat(measureWidth(90)) / parseFloat(measureWidth(45))).toBeCloseTo(2, 2)
  })
})

describe('resolveTheme', () => {
  it('paints an explicit choice as chosen and System as the system asks', () => {
    expect(resolveTheme('sepia', true)).toBe('sepia')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
  })
})
