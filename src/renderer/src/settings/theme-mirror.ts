/**
 * Painting a theme on the page, and a synchronous mirror of the reader's theme choice so the
 * very first frame, painted before IndexedDB can answer, already has the right colours. The
 * mirror is only a hint: the settings store (Dexie) is the source of truth and overwrites it
 * whenever the saved settings are loaded or changed.
 */
import { THEME_CHOICES, resolveTheme, type Theme, type ThemeChoice } from './reading-settings'

const MIRROR_KEY = 'gloss.theme-choice'
const DARK_QUERY = '(prefers-color-scheme: dark)'

/**
 * Paint a theme: the stylesheets key every colour off `data-theme` on the root element.
 *
 * @param root - the document element
 * @param theme - the theme to paint
 */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme
}

/** Whether the system asks for dark colours right now. */
export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches
}

/** @param storage - where the mirror lives (localStorage in the app) */
export function readThemeMirror(storage: Storage): ThemeChoice | null {
  try {
    const value = storage.getItem(MIRROR_KEY)
    return THEME_CHOICES.find((choice) => choice === value) ?? null
  } catch {
    return null // storage disabled: the first frame follows the system instead
  }
}

/**
 * @param storage - where the mirror lives (localStorage in the app)
 * @param choice - the choice just loaded from or saved to the database
 */
export function writeThemeMirror(storage: Storage, choice: ThemeChoice): void {
  try {
    storage.setItem(MIRROR_KEY, choice)
  } catch {
    // Only the first frame of the next start is affected; the database still has the choice.
  }
}

/** Paint the mirrored theme (or the system's) before anything else renders. */
export function paintMirroredTheme(root: HTMLElement, storage: Storage): void {
  applyTheme(root, resolveTheme(readThemeMirror(storage) ?? 'system', systemPrefersDark()))
}

export { DARK_QUERY }
