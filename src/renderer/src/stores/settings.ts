/**
 * The reader's settings (theme, typeface, size, leading, width): loaded from the database once
 * at start, changed only through the actions below, each change saved at once.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { readonly, ref } from 'vue'
import { readSetting, writeSetting } from '@renderer/db/reader-state'
import {
  DEFAULT_READING_SETTINGS,
  sanitizeReadingSettings,
  type FontFamily,
  type ReadingSettings,
  type ThemeChoice,
} from '@renderer/settings/reading-settings'
import { useStorageStore } from './storage'

export const useSettingsStore = defineStore('settings', () => {
  const storage = useStorageStore()
  const settings = ref<ReadingSettings>(DEFAULT_READING_SETTINGS)
  /** False until the saved settings were read: nothing should be painted from the defaults. */
  const loaded = ref(false)

  async function load(): Promise<void> {
    settings.value = sanitizeReadingSettings(await storage.read((db) => readSetting(db, 'reading')))
    loaded.value = true
  }

  async function update(change: Partial<ReadingSettings>): Promise<void> {
    const next = sanitizeReadingSettings({ ...settings.value, ...change })
    settings.value = next
    await storage.write((db) => writeSetting(db, 'reading', next))
  }

  return {
    settings: readonly(settings),
    loaded: readonly(loaded),
    load,
    setTheme: (theme: ThemeChoice) => update({ theme }),
    setFontFamily: (fontFamily: FontFamily) => update({ fontFamily }),
    setFontSize: (fontSize: number) => update({ fontSize }),
    setLineHeight: (lineHeight: number) => update({ lineHeight }),
    setMeasure: (measure: number) => update({ measure }),
    reset: () => update(DEFAULT_READING_SETTINGS),
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
