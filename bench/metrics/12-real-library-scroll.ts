/**
 * 12. Scrolling the library: the app's library (`#/library`) on a profile holding 5,000 real
 * articles (1,000 in quick mode; `harness/library.ts`), its list scrolled from the top one
 * screen per animation frame, so every frame brings rows never shown (or loaded) before; each
 * sample reloads the app first. Baseline: the same scroll of an empty scroller with the list's
 * place, size and scroll height, alone on an empty page. Reported: the median and p95 frame
 * durations against the baseline's, and the JS heap of the app with the library open (after a
 * full collection; the median of three loads, one in quick mode), with, for scale, the heap of
 * the library holding only the bundled sample. Noted: how many rows in view showed their fields,
 * not a placeholder, in one more scroll alike (untimed).
 */
import { collectedHeap } from '../harness/app'
import { VIEWPORT } from '../harness/lab'
import { LIBRARY_LIST, LIBRARY_LIST_CLASS, libraryProfile, openLibrary } from '../harness/library'
import { comparePairs, repeatMedian } from '../harness/pairs'
import { count, pairRow, valueRow } from '../harness/rows'
import {
  emptyScroller,
  rowsShownWhileScrolling,
  scrollerBox,
  scrollFrames,
} from '../harness/scroll-frames'
import { percentile } from '../harness/stats'
import { defineMetric, type BenchContext } from '../harness/types'

function frameFigures(durations: readonly number[]): { median: number; p95: number } {
  return { median: percentile(durations, 0.5), p95: percentile(durations, 0.95) }
}

/** The heap of the app's library on a fresh profile, holding the bundled sample only. */
async function sampleOnlyHeap(context: BenchContext): Promise<{ heap: number }> {
  const browserContext = await context.browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await browserContext.newPage()
    await openLibrary(context, page)
    return { heap: await collectedHeap(browserContext, page) }
  } finally {
    await browserContext.close()
  }
}

export default defineMetric({
  title: '12. Scrolling the library',
  async run(context) {
    const size = context.quick ? 1000 : 5000
    const screens = context.quick ? 20 : 100
    const profile = await libraryProfile(context, size)
    const app = await profile.browserContext.newPage()
    const empty = await context.browser.newContext({ viewport: VIEWPORT })
    try {
      await openLibrary(context, app)
      let justOpened = true
      const baseline = await empty.newPage()
      await emptyScroller(baseline, LIBRARY_LIST_CLASS, await scrollerBox(app, LIBRARY_LIST))
      const frames = await comparePairs(context.pairs, async (side) => {
        if (side === 'baseline') {
          await baseline.bringToFront()
          return frameFigures(await scrollFrames(baseline, LIBRARY_LIST, screens))
        }
        await app.bringToFront()
        if (!justOpened) await openLibrary(context, app)
        justOpened = false
        return frameFigures(await scrollFrames(app, LIBRARY_LIST, screens))
      })
      // Short frames mean little if the rows in view show placeholders: say how many did.
      await openLibrary(context, app)
      const shown = await rowsShownWhileScrolling(app, LIBRARY_LIST, screens)
      const percent = (100 * shown.filled) / (shown.filled + shown.placeholders)
      context.note(
        `rows in view while scrolling (summed over frames): ${count(shown.filled)} with their ` +
          `fields, ${count(shown.placeholders)} placeholders (${percent.toFixed(0)} % filled)`,
      )
      // The library keeps the rows it has read, for scrolling back.
      const scrolled = await collectedHeap(profile.browserContext, app)
      context.note(`JS heap after scrolling ${screens} screens: ${scrolled.toFixed(2)} MB`)
      const runs = { warmups: 0, runs: context.quick ? 1 : 3 }
      const loaded = await repeatMedian(runs, async () => {
        await openLibrary(context, app)
        return { heap: await collectedHeap(profile.browserContext, app) }
      })
      const alone = await repeatMedian(runs, () => sampleOnlyHeap(context))
      const library = `the ${count(size)}-article library`
      return [
        pairRow(`Scroll ${library}, frame median`, 'ms', frames.median, 'an empty scroller'),
        pairRow(`Scroll ${library}, frame p95`, 'ms', frames.p95, 'an empty scroller'),
        valueRow(`JS heap, the app with ${library} open`, 'MB', loaded.heap),
        valueRow('JS heap, the app with the sample alone in its library', 'MB', alone.heap),
      ]
    } finally {
      await empty.close()
      await app.close()
    }
  },
})
