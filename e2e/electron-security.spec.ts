/**
 * The security checklist, checked on the running desktop app (docs/security.md, items marked E): the
 * window's webPreferences, no Node in the page, no new windows, no navigation away, the policy
 * header on gloss:// responses, a bridge that refuses bad arguments, and no request leaving the
 * app during a reading session. Runs only in the `electron` project (see playwright.config.ts).
 */
import type { Page } from '@playwright/test'
import { READER_HOST_KEYS } from '../src/shared/host'
import { expect, test } from './fixtures'
import type { GlossApp } from './support/app'
import type { ElectronGlossApp } from './support/electron-app'

const APP_ENTRY = 'gloss://app/index.html'

type BridgeCall = (...args: unknown[]) => Promise<{ ok: boolean; error?: { code: string } }>

/** The page globals used here; the e2e code compiles without the DOM library. */
interface PageGlobals {
  open(url: string): unknown
  location: { href: string }
  gloss?: Record<string, BridgeCall>
  require?: unknown
  process?: unknown
  document: { images: ArrayLike<{ decode(): Promise<void> }> }
}
/** What the page may load: the app's own origin, data: URLs and its own blobs. */
const LOCAL_PREFIXES = ['gloss://app/', 'data:', 'blob:gloss://app/']

function desktop(gloss: GlossApp): ElectronGlossApp {
  if (!('electron' in gloss)) throw new Error('electron-security.spec.ts runs only on Electron.')
  return gloss as ElectronGlossApp
}

/** Give a refused action time to have happened if it were not refused. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
}

test.describe('Electron security', () => {
  test('the window is sandboxed and isolated, with no Node in the page', async ({ gloss }) => {
    const prefs = await desktop(gloss).electron.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0].webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown>
      }
      const last = contents.getLastWebPreferences?.()
      if (!last) return null
      const { sandbox, contextIsolation, nodeIntegration, webSecurity, webviewTag } = last
      return { sandbox, contextIsolation, nodeIntegration, webSecurity, webviewTag }
    })
    expect(prefs, 'webContents.getLastWebPreferences() is not available').not.toBeNull()
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(prefs?.webviewTag ?? false).toBe(false)

    const page = gloss.page
    expect(page.url()).toBe(APP_ENTRY)
    expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).require)).toBe(
      'undefined',
    )
    expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).process)).toBe(
      'undefined',
    )
    expect(
      await page.evaluate(() =>
        Object.keys((globalThis as unknown as PageGlobals).gloss ?? {}).sort(),
      ),
    ).toEqual([...READER_HOST_KEYS].sort())
  })

  test('window.open is refused and no window appears', async ({ gloss }) => {
    const electron = desktop(gloss).electron
    const opened = await gloss.page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals
      return ['https://example.org/', 'gloss://app/index.html', 'about:blank'].map(
        (url) => page.open(url) === null,
      )
    })
    await settle(gloss.page)
    expect(opened).toEqual([true, true, true])
    expect(electron.windows()).toHaveLength(1)
    expect(
      await electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length),
    ).toBe(1)
  })

  test('navigation away from the app is refused', async ({ gloss }) => {
    const page = gloss.page
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'gloss://app.evil.com/']) {
      await page.evaluate((target) => {
        ;(globalThis as unknown as PageGlobals).location.href = target
      }, url)
      await settle(page)
      expect(page.url(), url).toBe(APP_ENTRY)
    }
    await expect(page.locator('article h1').first()).toBeVisible()
  })

  test('gloss:// responses carry the policy and nosniff; other hosts get nothing', async ({
    gloss,
  }) => {
    const headers = await gloss.page.evaluate(async () => {
      const response = await fetch('/index.html')
      const missing = await fetch('/../../etc/passwd')
      return {
        csp: response.headers.get('content-security-policy'),
        nosniff: response.headers.get('x-content-type-options'),
        missing: missing.status,
      }
    })
    expect(headers).toEqual({
      csp:
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
      nosniff: 'nosniff',
      missing: 404,
    })
  })

  test('the bridge refuses mistyped, oversized and unsafe arguments', async ({ gloss }) => {
    const codes = await gloss.page.evaluate(async () => {
      const host = (globalThis as unknown as Required<PageGlobals>).gloss
      const results = await Promise.all([
        host.saveFile({ suggestedName: 'n.md', content: 42, mimeType: 'text/markdown' }),
        host.saveFile({
          suggestedName: 'n.md',
          content: 'x'.repeat(32 * 1024 * 1024 + 1),
          mimeType: 'text/plain',
        }),
        host.openFile({ purpose: 'anything' }),
        host.openExternal('javascript:alert(1)'),
        host.openExternal('file:///etc/passwd'),
      ])
      return results.map((result) => (result.ok ? 'ok' : result.error?.code))
    })
    expect(codes).toEqual(Array(5).fill('invalid-payload'))
  })

  test('no request leaves the app during a reading session', async ({ gloss }) => {
    const page = gloss.page
    await page.mouse.wheel(0, 4000)
    await page.keyboard.press('End')
    await page.keyboard.press('Home')
    await page.reload()
    await expect(page.locator('article h1').first()).toBeVisible()
    await page.evaluate(() =>
      Promise.all(
        Array.from((globalThis as unknown as PageGlobals).document.images).map((image) =>
          image.decode().catch(() => undefined),
        ),
      ),
    )
    const outside = gloss.requests.filter(
      (url) => !LOCAL_PREFIXES.some((prefix) => url.startsWith(prefix)),
    )
    expect(outside).toEqual([])
    const blocked = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/')
        return false
      } catch {
        return true
      }
    })
    expect(blocked).toBe(true)
    expect(gloss.requests.some((url) => url.startsWith('gloss://app/'))).toBe(true)
  })
})
