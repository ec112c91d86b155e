/**
 * The reader's typographic settings: their shape, defaults and allowed ranges, and the one
 * function that turns anything read back from storage into valid settings. Stored data may come
 * from an older or newer Gloss, or be damaged, so nothing stored is trusted as-is.
 */

export const THEME_CHOICES = ['light', 'sepia', 'dark', 'system'] as const
export type ThemeChoice = (typeof THEME_CHOICES)[number]
/** A theme the page can actually paint: `system` resolves to light or dark. */
export type Theme = Exclude<ThemeChoice, 'system'>

export const FONT_FAMILIES = ['serif', 'sans'] as const
export type FontFamily = (typeof FONT_FAMILIES)[number]

export interface ReadingSettings {
  readonly theme: ThemeChoice
  readonly fontFamily: FontFamily
  /** Body text size in CSS pixels. */
  readonly fontSize: number
  /** Unitless line height of body text. */
  readonly lineHeight: number
  /** Text column width in characters of running text (see `AVERAGE_CHARACTER_EM`). */
  readonly measure: number
}

export interface NumericRange {
  readonly min: number
  readonly max: number
  readonly step: number
}

export type NumericSetting = 'fontSize' | 'lineHeight' | 'measure'

export const SETTING_RANGES: Readonly<Record<NumericSetting, NumericRange>> = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.3, max: 2, step: 0.05 },
  measure: { min: 45, max: 90, step: 1 },
}

/** Literata at 19 px, 1.6 leading and 68 characters a line: a comfortable book-like page. */
export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  theme: 'system',
  fontFamily: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  measure: 68,
}

/**
 * Average width of a character of English running text, spaces included, in em: 0.464 for
 * Literata and 0.465 for Inter, measured on the seed article. The CSS `ch` unit (the width of
 * "0") is about a quarter wider, so "66ch" would set lines of over 80 characters; the measure
 * setting counts the characters a reader actually gets per line.
 */
export const AVERAGE_CHARACTER_EM = 0.465

/**
 * The CSS width of a text column holding `measure` characters a line, in the column's own em.
 *
 * @param measure - characters per line
 */
export function measureWidth(measure: number): string {
  return `${(measure * AVERAGE_CHARACTER_EM).toFixed(2)}em`
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback
}

/** Clamp into the range and snap to its step, so stored values match what the sliders show. */
function inRange(range: NumericRange, value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  const clamped = Math.min(range.max, Math.max(range.min, value))
  const steps = Math.round((clamped - range.min) / range.step)
  return Number((range.min + steps * range.step).toFixed(2))
}

/**
 * Valid settings from any value: known fields are kept when valid, numbers are clamped into
 * their range, and everything else falls back to the default.
 *
 * @param value - what storage returned (possibly undefined, partial or malformed)
 */
export function sanitizeReadingSettings(value: unknown): ReadingSettings {
  const source =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const defaults = DEFAULT_READING_SETTINGS
  return {
    theme: oneOf(THEME_CHOICES, source.theme, defaults.theme),
    fontFamily: oneOf(FONT_FAMILIES, source.fontFamily, defaults.fontFamily),
    fontSize: inRange(SETTING_RANGES.fontSize, source.fontSize, defaults.fontSize),
    lineHeight: inRange(SETTING_RANGES.lineHeight, source.lineHeight, defaults.lineHeight),
    measure: inRange(SETTING_RANGES.measure, source.measure, defaults.measure),
  }
}

/**
 * The theme to paint for a choice.
 *
 * @param choice - what the reader picked
 * @param systemPrefersDark - whether the system asks for a dark colour scheme right now
 */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice !== 'system') return choice
  return systemPrefersDark ? 'dark' : 'light'
}
