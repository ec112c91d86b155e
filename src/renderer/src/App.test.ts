import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { fail } from '@shared/result'
import { openDatabase } from '@renderer/db/connection'
import { host } from '@renderer/testing/fake-host'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { useSettingsStore } from '@renderer/stores/settings'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { createGlossRouter } from './app/router'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
beforeAll(() => {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { ready: Promise.resolve() },
  })
})
afterEach(() => {
  mounted?.unmount()
  host.reset()
  localStorage.clear()
  document.documentElement.removeAttribute('data-theme')
  document.documentElement.removeAttribute('data-font')
})

async function mountApp(indexedDb = freshIndexedDb()): Promise<HTMLElement> {
  mounted = await mountComponent(App, {
    connection: openDatabase(indexedDb),
    router: createGlossRouter(createMemoryHistory()),
  })
  return mounted.root
}

describe('App', () => {
  it('shows the article with a skip link to it once settings and article are loaded', async () => {
    const root = await mountApp()
    await vi.waitFor(() => expect(root.querySelector('article h1')).not.toBeNull())
    expect(root.querySelector('.skip-link')?.getAttribute('href')).toBe('#article')
    expect(root.querySelector('article')?.id).toBe('article')
  })

  it('shows a clear error, and no article, when the host cannot load it; retry recovers', async () => {
    host.articleResult = fail('io', 'The article "putin" could not be read: disk on fire')
    const root = await mountApp()
    const alert = await vi.waitFor(() => {
      const element = root.querySelector('[role="alert"]')
      expect(element).not.toBeNull()
      return element!
    })
    expect(alert.querySelector('h1')?.textContent).toBe('This article could not be opened')
    expect(alert.textContent).toContain('disk on fire')
    expect(root.querySelector('article')).toBeNull()

    host.reset()
    alert.querySelector('button')!.click()
    await vi.waitFor(() => expect(root.querySelector('article h1')).not.toBeNull())
    expect(root.querySelector('[role="alert"]')).toBeNull()
  })

  it('paints the saved settings on the page and mirrors the theme for the next first paint', async () => {
    const indexedDb = freshIndexedDb()
    const { db } = await openDatabase(indexedDb)
    await db!.settings.put({ key: 'reading', value: { theme: 'sepia', fontSize: 24 } })
    db!.close()
    await mountApp(indexedDb)
    const root = document.documentElement
    await vi.waitFor(() => expect(root.dataset.theme).toBe('sepia'))
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('24px')
    expect(localStorage.getItem('gloss.theme-choice')).toBe('sepia')
  })

  it('follows the native menu’s theme commands', async () => {
    await mountApp()
    // The app's pages load on demand: on a loaded machine, past waitFor's default second.
    await vi.waitFor(() => expect(useSettingsStore().loaded).toBe(true), { timeout: 10_000 })
    host.sendMenuCommand('theme-dark')
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'), {
      timeout: 10_000,
    })
    expect(useSettingsStore().settings.theme).toBe('dark')
  })
})
