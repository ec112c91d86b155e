import { describe, expect, it, vi } from 'vitest'
import {
  NEWER_VERSION_PROBLEM,
  openDatabase,
  type DatabaseConnection,
} from '@renderer/db/connection'
import { DEFAULT_READING_SETTINGS } from '@renderer/settings/reading-settings'
import { freshIndexedDb, writeNewerVersionDatabase } from '@renderer/db/test-databases'
import { createTestApp } from '@renderer/testing/mount'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

/** A new app on the same IndexedDB: what a restart looks like to the stores. */
async function startedSettings(connection: Promise<DatabaseConnection>) {
  createTestApp({ connection })
  const store = useSettingsStore()
  await store.load()
  return store
}

describe('useSettingsStore', () => {
  it('starts from the defaults when nothing was saved', async () => {
    const store = await startedSettings(openDatabase(freshIndexedDb()))
    expect(store.loaded).toBe(true)
    expect(store.settings).toEqual(DEFAULT_READING_SETTINGS)
  })

  it('saves every change and restores it after a restart', async () => {
    const indexedDb = freshIndexedDb()
    const first = await startedSettings(openDatabase(indexedDb))
    await first.setTheme('sepia')
    await first.setFontFamily('sans')
    await first.setFontSize(23)
    await first.setLineHeight(1.75)
    await first.setMeasure(58)

    const second = await startedSettings(openDatabase(indexedDb))
    expect(second.settings).toEqual({
      theme: 'sepia',
      fontFamily: 'sans',
      fontSize: 23,
      lineHeight: 1.75,
      measure: 58,
    })
  })

  it('keeps changes in range whatever a control sends', async () => {
    const store = await startedSettings(openDatabase(freshIndexedDb()))
    await store.setFontSize(90)
    expect(store.settings.fontSize).toBe(28)
  })

  it('resets to the defaults, and that is saved too', async () => {
    const indexedDb = freshIndexedDb()
    const first = await startedSettings(openDatabase(indexedDb))
    await first.setTheme('dark')
    await first.reset()
    const second = await startedSettings(openDatabase(indexedDb))
    expect(second.settings).toEqual(DEFAULT_READING_SETTINGS)
  })

  it('applies changes but does not write them to a newer version’s database', async () => {
    const indexedDb = freshIndexedDb()
    await writeNewerVersionDatabase(indexedDb, { theme: 'dark' })
    const store = await startedSettings(openDatabase(indexedDb))
    expect(store.settings.theme).toBe('dark')
    expect(useStorageStore().problem).toBe(NEWER_VERSION_PROBLEM)

    await store.setTheme('sepia')
    expect(store.settings.theme).toBe('sepia')
    const afterRestart = await startedSettings(openDatabase(indexedDb))
    expect(afterRestart.settings.theme).toBe('dark')
  })

  it('runs on defaults, and says so, when there is no storage at all', async () => {
    const store = await startedSettings(openDatabase(null))
    expect(store.settings).toEqual(DEFAULT_READING_SETTINGS)
    expect(useStorageStore().problem).toMatch(/could not open its storage/)
  })
})
