/**
 * 14. Re-anchoring after an update: an article's 1,000 (and 10,000) highlights moved onto its
 * new text (a sentence added on top, one highlighted passage in ten with a word changed), as
 * Update does before it writes (`updating/reanchor.ts`). The baseline, in the same run, is
 * anchoring the same targets on the unchanged text, as opening the article does. Also the
 * longest main-thread task while it runs: under 50 ms, so the window keeps answering.
 */
import { openLab } from '../harness/lab'
import { comparePairs, repeatMedian, type Sample } from '../harness/pairs'
import { count, pairRow, valueRow } from '../harness/rows'
import { defineMetric, type MetricRow } from '../harness/types'

type Counts = Record<'kept' | 'moved' | 'not-found', number>

export default defineMetric({
  title: '14. Re-anchoring highlights after an article is updated',
  async run(context) {
    const lab = await openLab(context)
    try {
      const rows: MetricRow[] = []
      for (const size of context.sizes) {
        await lab.call('reanchoring', 'prepare', size)
        const { ms } = await comparePairs(context.pairs, (side) =>
          lab.call<Sample<'ms'>>('reanchoring', side),
        )
        rows.push(
          pairRow(
            `Re-anchor ${count(size)} highlights after an update`,
            'ms',
            ms,
            'anchor on the unchanged text',
          ),
        )
        const { counted, expected } = await lab.call<{
          counted: Counts
          expected: { kept: number; edited: number }
        }>('reanchoring', 'check')
        // An edited quote is moved, or not found when the edit is over a quarter of it.
        const edited = counted.moved + counted['not-found']
        if (counted.kept !== expected.kept || edited !== expected.edited) {
          context.note(
            `re-anchoring ${size}: counted ${JSON.stringify(counted)}, expected ${JSON.stringify(expected)}`,
          )
        }
        const longest = await repeatMedian(context.pairs, () =>
          lab.call<Sample<'ms'>>('reanchoring', 'glossLongestTask'),
        )
        rows.push(
          valueRow(`Longest task re-anchoring ${count(size)} highlights`, 'ms', longest.ms, 50),
        )
      }
      return rows
    } finally {
      await lab.close()
    }
  },
})
