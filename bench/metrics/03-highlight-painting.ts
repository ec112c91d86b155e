/**
 * 3. Painting highlights: applying and clearing 1,000 and 10,000 highlights over the long
 * article with the CSS Custom Highlight API (Gloss) against wrapping the same ranges in `<mark>`
 * elements and unwrapping them (the baseline), each until the next frame has painted. Then the
 * frame times of scrolling through the whole article with the most highlights painted, against
 * the same scroll with none.
 */
import { openLab, type Lab } from '../harness/lab'
import { comparePairs, type Sample } from '../harness/pairs'
import { count, pairRow } from '../harness/rows'
import { defineMetric, type MetricRow } from '../harness/types'

type Frames = Sample<'median' | 'p95'>

async function scrollWith(lab: Lab, highlights: number, viewportsPerFrame: number) {
  await lab.call('highlights', 'paint', highlights)
  return lab.call<Frames>('scrolling', 'scrollThrough', viewportsPerFrame)
}

export default defineMetric({
  title: '3. Painting highlights',
  async run(context) {
    const lab = await openLab(context)
    try {
      const rows: MetricRow[] = []
      for (const size of context.sizes) {
        await lab.call('highlights', 'prepare', size)
        const { apply, clear } = await comparePairs(context.pairs, (side) =>
          lab.call<Sample<'apply' | 'clear'>>('highlights', side),
        )
        rows.push(
          pairRow(`Paint ${count(size)} highlights`, 'ms', apply, 'wrap in <mark>', 0.5),
          pairRow(`Clear ${count(size)} highlights`, 'ms', clear, 'unwrap <mark>', 0.1),
        )
      }
      const largest = context.sizes[context.sizes.length - 1]
      // Quick mode only proves the scroll works: a few big steps instead of one screen a frame.
      const viewportsPerFrame = context.quick ? 8 : 1
      const frames = await comparePairs(context.pairs, (side) =>
        scrollWith(lab, side === 'gloss' ? largest : 0, viewportsPerFrame),
      )
      const scrolled = `Scroll frame with ${count(largest)} highlights`
      rows.push(
        pairRow(`${scrolled}, median`, 'ms', frames.median, 'no highlights'),
        pairRow(`${scrolled}, p95`, 'ms', frames.p95, 'no highlights'),
      )
      return rows
    } finally {
      await lab.close()
    }
  },
})
