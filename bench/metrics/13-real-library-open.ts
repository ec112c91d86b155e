/**
 * 13. Opening an article from the library: the app's library (`#/library`) on the profile of
 * 5,000 real articles (1,000 in quick mode; `harness/library.ts`), its first row clicked (the
 * newest article: an added page about as long as the bundled article), timed from the click's
 * event time until the article's headline is painted (the Element Timing entry of its
 * `<h1 elementtiming="headline">`, as metric 1 reads it); each sample reloads the library
 * first. Baseline: metric 1's figure in the same run, the bundled article's navigation →
 * headline painted in a fresh profile. The issue's target: at most 1.2 times.
 */
import type { Page } from '@playwright/test'
import { freshHeadlinePaint, headlinePaintTime } from '../harness/app'
import { LIBRARY_LIST, libraryProfile, openLibrary, type TargetArticle } from '../harness/library'
import { comparePairs } from '../harness/pairs'
import { count, pairRow } from '../harness/rows'
import { defineMetric, type BenchContext } from '../harness/types'

/** Click the library's first row, `target`; ms from the click until its headline painted. */
async function openFirstRow(
  context: BenchContext,
  page: Page,
  target: TargetArticle,
): Promise<number> {
  await openLibrary(context, page)
  const row = page.locator(`${LIBRARY_LIST} [role="option"]`).first()
  const title = await row.locator('.title').textContent()
  if (title !== target.title) throw new Error(`The first row is “${title}”, not the target.`)
  // The click's own time, taken before the app handles it (a string, as in harness/app.ts).
  await page.evaluate(`addEventListener('click', (event) => {
    globalThis.benchClickTime = event.timeStamp
  }, { capture: true, once: true })`)
  await row.click()
  const clicked = await page.evaluate<number>('globalThis.benchClickTime')
  return (await headlinePaintTime(page, clicked)) - clicked
}

export default defineMetric({
  title: '13. Opening an article from the library',
  async run(context) {
    const size = context.quick ? 1000 : 5000
    const profile = await libraryProfile(context, size)
    const { target } = profile
    context.note(
      `the article opened: “${target.title}”, ${count(target.characters)} characters, ` +
        `${count(target.blocks)} blocks`,
    )
    const app = await profile.browserContext.newPage()
    try {
      const { ms } = await comparePairs(context.pairs, async (side) => ({
        ms:
          side === 'gloss'
            ? await openFirstRow(context, app, target)
            : await freshHeadlinePaint(context, '/'),
      }))
      return [
        pairRow(
          `Open an article from the ${count(size)}-article library, click → headline painted`,
          'ms',
          ms,
          'first paint of the bundled article (metric 1)',
          1.2,
        ),
      ]
    } finally {
      await app.close()
    }
  },
})
