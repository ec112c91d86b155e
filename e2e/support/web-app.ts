/**
 * Launches the web host: Debian's Chromium with a persistent profile in a temporary folder,
 * opened on the built renderer that `npm run preview:web` serves on 127.0.0.1.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers'
import { waitForStart, watchPage, type GlossApp } from './app'

export async function launchWebApp(baseURL: string): Promise<GlossApp> {
  const profile = await mkdtemp(join(tmpdir(), 'gloss-web-'))
  const requests: string[] = []
  const errors: string[] = []
  let context: BrowserContext
  let page: Page

  const open = async (): Promise<Page> => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1280, height: 860 },
      acceptDownloads: true,
      baseURL,
    })
    page = context.pages()[0] ?? (await context.newPage())
    watchPage(page, requests, errors)
    await page.goto(baseURL)
    await waitForStart(page)
    return page
  }
  await open()

  return {
    kind: 'web',
    get page() {
      return page
    },
    requests,
    errors,
    async restart() {
      // As a person closes the tab: the page gets its beforeunload and pagehide, where Gloss
      // journals what is being typed. Closing the context alone would skip them.
      const closed = page.waitForEvent('close')
      await page.close({ runBeforeUnload: true })
      await closed
      await context.close()
      return open()
    },
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
