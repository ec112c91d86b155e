/**
 * Puts the reader's settings on the page: the theme (resolving `System` live) and typeface as
 * attributes of the root element, and the numbers as CSS custom properties (through the CSSOM,
 * which the CSP allows, unlike style attributes). Keeps the first-paint theme mirror in step.
 */
import { watchEffect } from 'vue'
import { useSettingsStore } from '@renderer/stores/settings'
import { measureWidth, resolveTheme } from '@renderer/settings/reading-settings'
import { applyTheme, writeThemeMirror } from '@renderer/settings/theme-mirror'
import { usePrefersDark } from './usePrefersDark'

/**
 * @param root - the element the stylesheets read settings from
 * @param mirror - where the theme choice is mirrored for the next first paint
 */
export function useAppliedSettings(
  root: HTMLElement = document.documentElement,
  mirror: Storage = localStorage,
): void {
  const store = useSettingsStore()
  const prefersDark = usePrefersDark()

  watchEffect(() => {
    // Until the saved settings are read, the first-paint theme stays: defaults would flash.
    if (!store.loaded) return
    const { theme, fontFamily, fontSize, lineHeight, measure } = store.settings
    applyTheme(root, resolveTheme(theme, prefersDark.value))
    writeThemeMirror(mirror, theme)
    root.dataset.font = fontFamily
    root.style.setProperty('--reader-font-size', `${fontSize}px`)
    root.style.setProperty('--reader-line-height', String(lineHeight))
    root.style.setProperty('--reader-measure', measureWidth(measure))
  })
}
