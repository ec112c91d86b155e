/**
 * One running Gloss, whichever host it is on: the page a test drives, what the page asked the
 * network for and logged as errors, and a way to quit and start again on the same profile (to
 * prove that something survives a restart). The web and Electron launchers implement it.
 */
import type { Page } from '@playwright/test'

export type AppKind = 'web' | 'electron'

export interface GlossApp {
  readonly kind: AppKind
  /** The reading window. Replaced by `restart()`. */
  readonly page: Page
  /** Every URL the page requested since launch (across restarts). */
  readonly requests: readonly string[]
  /** Console errors and uncaught page errors since launch (across restarts). */
  readonly errors: readonly string[]
  /**
   * Quit as its user would (Ctrl+Q, closing the tab: the page's unload handlers run) and launch
   * again on the same profile; resolves when the first screen (article or library) is shown.
   */
  restart(): Promise<Page>
  /** Quit for good and remove the profile. */
  close(): Promise<void>
}

/** Record requests and errors of a page into the app's lists. */
export function watchPage(page: Page, requests: string[], errors: string[]): void {
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
}

/**
 * Wait until the first screen is up: the reading view's headline (a fresh profile opens the
 * sample article; a reload stays on its article) or, once the reader has added articles, the
 * library's heading.
 */
export async function waitForStart(page: Page): Promise<void> {
  await page.locator('article h1, h1.library-title').first().waitFor({ state: 'visible' })
}
