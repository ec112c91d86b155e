/**
 * 6. Opening an article with stored annotations: a fresh profile whose database holds 10,000
 * annotations of the bundled article (1,000 in quick mode), then the app opened in it and timed
 * from navigation start until it marks `gloss:highlights-painted` (every stored annotation read,
 * anchored and painted). Baseline: a page of the same origin that reads the same rows from the
 * same database with one raw IndexedDB `getAll`, timed from its navigation start to the rows in
 * hand. Also the longest main-thread task while the app opens, from a trace of separate loads
 * (tracing slows a page, so the timed loads are never traced).
 */
import {
  HIGHLIGHTS_PAINTED,
  markTime,
  paintedCount,
  seededProfile,
  type SeededProfile,
} from '../harness/app'
import { comparePairs } from '../harness/pairs'
import { count, pairRow, valueRow } from '../harness/rows'
import { median } from '../harness/stats'
import { longestTask, traced } from '../harness/trace'
import { defineMetric, type BenchContext } from '../harness/types'

/** Frames after the mark that still belong to the load: they paint the ranges it marks. */
const PAINT_WINDOW_MS = 300

async function openApp(context: BenchContext, profile: SeededProfile): Promise<number> {
  await profile.page.goto(`${context.origin}/`)
  return (await markTime(profile.page, HIGHLIGHTS_PAINTED)).startTime
}

async function readRows(
  context: BenchContext,
  profile: SeededProfile,
  size: number,
): Promise<number> {
  const id = encodeURIComponent(profile.article.id)
  await profile.page.goto(`${context.origin}/bench/rows.html?article=${id}`)
  const { startTime, detail } = await markTime(profile.page, 'bench:rows-read')
  if (detail !== size) throw new Error(`The baseline read ${String(detail)} rows, not ${size}.`)
  return startTime
}

export default defineMetric({
  title: '6. Opening an article with stored annotations',
  async run(context) {
    const size = context.sizes[context.sizes.length - 1]
    let painted = 0
    const { ms } = await comparePairs(context.pairs, async (side) => {
      const profile = await seededProfile(context, size)
      try {
        if (side === 'baseline') return { ms: await readRows(context, profile, size) }
        const ms = await openApp(context, profile)
        painted = await paintedCount(profile.page)
        return { ms }
      } finally {
        await profile.close()
      }
    })
    if (painted !== size) context.note(`painted ${painted} of ${size} stored annotations`)

    const longest: number[] = []
    for (let run = 0; run < (context.quick ? 1 : 3); run++) {
      const profile = await seededProfile(context, size)
      try {
        const events = await traced(context.browser, profile.page, async () => {
          await openApp(context, profile)
          await profile.page.waitForTimeout(PAINT_WINDOW_MS)
        })
        longest.push(longestTask(events, `${context.origin}/`, HIGHLIGHTS_PAINTED, PAINT_WINDOW_MS))
      } finally {
        await profile.close()
      }
    }
    return [
      pairRow(
        `Open the article with ${count(size)} stored annotations, until painted`,
        'ms',
        ms,
        'IndexedDB getAll of the rows',
      ),
      valueRow(
        `Longest task opening the article with ${count(size)} annotations`,
        'ms',
        median(longest),
        50,
      ),
    ]
  },
})
