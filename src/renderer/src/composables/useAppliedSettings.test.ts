import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { openDatabase } from '@renderer/db/connection'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { measureWidth } from '@renderer/settings/reading-settings'
import { useSettingsStore } from '@renderer/stores/settings'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { useAppliedSettings } from './useAppliedSettings'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

/** A system colour scheme the test can switch, standing in for matchMedia. */
const system = {
  dark: false,
  listeners: new Set<(event: { matches: boolean }) => void>(),
  switchTo(dark: boolean) {
    this.dark = dark
    for (const listener of this.listeners) listener({ matches: dark })
  },
}

let mounted: MountedComponent | undefined
let root: HTMLElement
let mirror: Storage

beforeEach(() => {
  vi.stubGlobal('matchMedia', () => ({
    get matches() {
      return system.dark
    },
    addEventListener: (_: string, listener: (event: { matches: boolean }) => void) =>
      system.listeners.add(listener),
    removeEventListener: (_: string, listener: (event: { matches: boolean }) => void) =>
      system.listeners.delete(listener),
  }))
  root = document.createElement('div')
  mirror = sessionStorage
  mirror.clear()
})
afterEach(() => {
  mounted?.unmount()
  system.dark = false
  system.listeners.clear()
  vi.unstubAllGlobals()
})

async function mountApplied(saved?: unknown) {
  const indexedDb = freshIndexedDb()
  if (saved) {
    const { db } = await openDatabase(indexedDb)
    await db!.settings.put({ key: 'reading', value: saved })
    db!.close()
  }
  const Applied = defineComponent(() => {
    useAppliedSettings(root, mirror)
    return () => h('div')
  })
  mounted = await mountComponent(Applied, { connection: openDatabase(indexedDb) })
  return useSettingsStore()
}

describe('useAppliedSettings', () => {
  it('leaves the first-paint theme alone until the saved settings are read', async () => {
    root.dataset.theme = 'dark'
    const store = await mountApplied({ theme: 'sepia', fontSize: 22, measure: 60 })
    expect(root.dataset.theme).toBe('dark')
    await store.load()
    await nextTick()
    expect(root.dataset.theme).toBe('sepia')
    expect(root.dataset.font).toBe('serif')
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('22px')
    expect(root.style.getPropertyValue('--reader-line-height')).toBe('1.6')
    expect(root.style.getPropertyValue('--reader-measure')).toBe(measureWidth(60))
    expect(mirror.getItem('gloss.theme-choice')).toBe('sepia')
  })

  it('makes System follow the system colour scheme the moment it changes', async () => {
    const store = await mountApplied({ theme: 'system' })
    await store.load()
    await nextTick()
    expect(root.dataset.theme).toBe('light')
    system.switchTo(true)
    await nextTick()
    expect(root.dataset.theme).toBe('dark')
    expect(mirror.getItem('gloss.theme-choice')).toBe('system')
  })

  it('ignores the system for an explicit theme, and repaints on every change', async () => {
    const store = await mountApplied()
    await store.load()
    await store.setTheme('light')
    system.switchTo(true)
    await nextTick()
    expect(root.dataset.theme).toBe('light')
    await store.setFontFamily('sans')
    await nextTick()
    expect(root.dataset.font).toBe('sans')
  })
})
