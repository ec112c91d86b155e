/**
 * The app itself as the metrics drive it: a fresh profile (browser context) whose database
 * already holds the bundled article's annotations, written through the lab page (same origin,
 * so the same IndexedDB) with the app's own schema and write module (metrics 6 and 8); then the
 * app opened in it and timed by the marks the app sets, or by the Element Timing entry of its
 * headline (metrics 1 and 13); and its JavaScript heap after a full collection (8 and 12).
 */
import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { readBundledArticle } from '../../src/main/article/bundled-article'
import type { Article } from '../../src/shared/article'
import { loadLab, VIEWPORT } from './lab'
import type { BenchContext } from './types'

/** Set by the app once an article's stored highlights are all anchored and painted. */
export const HIGHLIGHTS_PAINTED = 'gloss:highlights-painted'

let article: Promise<Article> | null = null
/** The stored annotations by count, as JSON: made once a run, stored in every profile. */
const annotationsJson = new Map<number, string>()

/** @param context - the run (the repository's resources hold the article) */
export function bundledArticle(context: BenchContext): Promise<Article> {
  article ??= readBundledArticle(join(context.paths.root, 'resources/articles')).then((result) => {
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  })
  return article
}

export interface SeededProfile {
  readonly browserContext: BrowserContext
  /** On the lab page; navigate it to the app (or a baseline page) next. */
  readonly page: Page
  readonly article: Article
  close(): Promise<void>
}

/**
 * A fresh profile whose database holds `count` annotations of the bundled article.
 *
 * @param context - the run's browser and server
 * @param count - how many annotations to store
 */
export async function seededProfile(context: BenchContext, count: number): Promise<SeededProfile> {
  const browserContext = await context.browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await browserContext.newPage()
    const call = await loadLab(context, page, 1)
    const seeded = await bundledArticle(context)
    let json = annotationsJson.get(count)
    if (json === undefined) {
      json = await call<string>('app-database', 'annotationsOf', seeded, count)
      annotationsJson.set(count, json)
    }
    const stored = await call<number>('app-database', 'store', json)
    if (stored !== count) throw new Error(`Stored ${stored} annotations instead of ${count}.`)
    return { browserContext, page, article: seeded, close: () => browserContext.close() }
  } catch (error) {
    await browserContext.close()
    throw error
  }
}

/**
 * When the article's headline (`<h1 elementtiming="headline">`) was painted, in ms since
 * navigation start, as the Element Timing API reports it, waiting for it if need be.
 *
 * @param page - the app, or a page with the same headline
 * @param after - only a paint after this time counts (an article opened in a page already open)
 */
export function headlinePaintTime(page: Page, after = 0): Promise<number> {
  // A string, as in markTime.
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) =>
        e.identifier === 'headline' && (e.renderTime || e.loadTime) > ${after})
      if (!entry) return
      observer.disconnect()
      resolve(entry.renderTime || entry.loadTime)
    })
    observer.observe({ type: 'element', buffered: true })
    setTimeout(() => reject(new Error('No headline paint within 20 s.')), 20000)
  })`)
}

/**
 * Metric 1's figure: `path` loaded in a fresh profile (empty cache and IndexedDB), from
 * navigation start until the headline is painted.
 *
 * @param context - the run's browser and server
 * @param path - the page, from the server's root: `/` is the app on its bundled article
 */
export async function freshHeadlinePaint(context: BenchContext, path: string): Promise<number> {
  const browserContext = await context.browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await browserContext.newPage()
    await page.goto(`${context.origin}${path}`)
    return await headlinePaintTime(page)
  } finally {
    await browserContext.close()
  }
}

/**
 * When a mark was set in the page, in ms since navigation start, waiting for it if need be.
 *
 * @param page - the page
 * @param name - the mark's name
 * @returns the mark's start time and its `detail`
 */
export async function markTime(
  page: Page,
  name: string,
): Promise<{ startTime: number; detail: unknown }> {
  // A string, as in 01-first-paint.ts; not waitForFunction, whose polling the app's CSP forbids.
  return page.evaluate<{ startTime: number; detail: unknown }>(`new Promise((resolve, reject) => {
    const found = (mark) => resolve({ startTime: mark.startTime, detail: mark.detail })
    const observer = new PerformanceObserver((list) => {
      const mark = list.getEntriesByName(${JSON.stringify(name)})[0]
      if (mark) observer.disconnect(), found(mark)
    })
    observer.observe({ type: 'mark', buffered: true })
    setTimeout(() => reject(new Error('No ${name} mark within 60 s.')), 60000)
  })`)
}

/**
 * The page's JavaScript heap in MB after a full garbage collection (over CDP).
 *
 * @param browserContext - the page's context
 * @param page - the page
 */
export async function collectedHeap(browserContext: BrowserContext, page: Page): Promise<number> {
  const cdp = await browserContext.newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize / 1e6
  } finally {
    await cdp.detach()
  }
}

/**
 * How many ranges the app paints in its colour highlights (`gloss-yellow` ... `gloss-purple`).
 *
 * @param page - the app
 */
export function paintedCount(page: Page): Promise<number> {
  return page.evaluate<number>(
    `[...CSS.highlights].filter(([name]) => /^gloss-(?!focus|flash)/.test(name))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0)`,
  )
}
