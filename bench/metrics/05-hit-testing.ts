/**
 * 5. Hit-testing a click with 1,000 highlights painted: Gloss's lookup (the caret under the
 * point, its canonical offset, an interval tree) against asking every highlight's range for its
 * client rectangles, at the same 200 seeded points over the text column.
 */
import { openLab } from '../harness/lab'
import { comparePairs, type Sample } from '../harness/pairs'
import { count, pairRow } from '../harness/rows'
import { defineMetric } from '../harness/types'

const HIGHLIGHTS = 1000
const CLICKS = 200

export default defineMetric({
  title: '5. Hit-testing a click',
  async run(context) {
    const lab = await openLab(context)
    try {
      await lab.call('hit-testing', 'prepare', HIGHLIGHTS, CLICKS)
      const { ms } = await comparePairs(context.pairs, (side) =>
        lab.call<Sample<'ms'>>('hit-testing', side),
      )
      const hits = await lab.call<Record<string, number>>('hit-testing', 'hitCounts')
      context.note(`highlights hit in ${CLICKS} clicks: Gloss ${hits.gloss}, scan ${hits.baseline}`)
      return [
        pairRow(
          `Hit-test a click, ${count(HIGHLIGHTS)} highlights`,
          'ms',
          ms,
          'getClientRects scan',
        ),
      ]
    } finally {
      await lab.close()
    }
  },
})
