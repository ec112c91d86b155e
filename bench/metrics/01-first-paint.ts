/**
 * 1. First paint of the article: from navigation start until the headline is painted, as the
 * Element Timing API reports it (`elementtiming="headline"` on the `<h1>`), each load in a fresh
 * browser context (empty cache, empty IndexedDB). Gloss is the web build; the baseline is the
 * same page with no JavaScript: the app's rendered DOM, saved at bench time with its scripts
 * (and its CSP, which would block the saved style attributes) removed, so it has the same
 * article text, the same stylesheet and fonts, the same DOM.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { freshHeadlinePaint } from '../harness/app'
import { VIEWPORT } from '../harness/lab'
import { comparePairs } from '../harness/pairs'
import { pairRow } from '../harness/rows'
import { defineMetric, type BenchContext } from '../harness/types'

const STATIC_PAGE = 'static-article.html'

/** Open the app, let it render, and save its DOM without scripts as the baseline page. */
async function writeStaticArticle(context: BenchContext): Promise<void> {
  const browserContext = await context.browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await browserContext.newPage()
    await page.goto(`${context.origin}/`)
    await page.locator('article h1').waitFor()
    const html = (await page.content())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '')
      // Its CSP forbids style attributes in markup (the app sets them from script): drop it.
      .replace(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi, '')
      // The page moves from / to /bench/: keep its links pointing at the web build.
      .replace(/(\s(?:href|src))="(?!\/|#|[a-z][a-z\d+.-]*:)(?:\.\/)?/gi, '$1="/')
    await writeFile(join(context.paths.bench, STATIC_PAGE), html)
  } finally {
    await browserContext.close()
  }
}

export default defineMetric({
  title: '1. First paint of the article',
  async run(context) {
    await writeStaticArticle(context)
    const { ms } = await comparePairs(context.pairs, async (side) => ({
      ms: await freshHeadlinePaint(context, side === 'gloss' ? '/' : `/bench/${STATIC_PAGE}`),
    }))
    return [
      pairRow('First paint: navigation → headline painted', 'ms', ms, 'static HTML page', 1.5),
    ]
  },
})
