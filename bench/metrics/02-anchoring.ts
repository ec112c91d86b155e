/**
 * 2. Anchoring: placing 1,000 and 10,000 stored annotations on the long article (the seed
 * repeated 100 times, about 384,000 characters), all intact, and again with one in ten edited
 * by a word since it was stored. Gloss indexes the text once and anchors the batch in chunks
 * that yield; the baseline re-reads the article and searches for every annotation, as the
 * Hypothesis client does. Also the longest main-thread task while Gloss anchors the largest,
 * edited batch: it must stay under 50 ms, so the page keeps answering input. And the worst
 * cases hostile imports made (no baseline: the figure is the time, and the longest task).
 */
import { openLab } from '../harness/lab'
import { comparePairs, repeatMedian, type Sample } from '../harness/pairs'
import { count, pairRow, valueRow } from '../harness/rows'
import { defineMetric, type MetricRow } from '../harness/types'

type Tally = Record<'gloss' | 'baseline', { anchored: number; onPassage: number }>

/** The hostile imports of the reliability issue (pages/probes/anchoring.ts `hostile`). */
const HOSTILE = [
  ['cjk-context', '3 quotes with 1,000-character CJK context'],
  ['huge-quote', '3 quotes of 200,000 distinct characters'],
] as const

export default defineMetric({
  title: '2. Anchoring stored annotations on the long article',
  async run(context) {
    const lab = await openLab(context)
    try {
      const rows: MetricRow[] = []
      for (const size of context.sizes) {
        for (const withEdits of [false, true]) {
          await lab.call('anchoring', 'prepare', size, withEdits)
          const { ms } = await comparePairs(context.pairs, (side) =>
            lab.call<Sample<'ms'>>('anchoring', side),
          )
          const name = `Anchor ${count(size)} annotations, ${withEdits ? '10% edited' : 'intact'}`
          rows.push(pairRow(name, 'ms', ms, 'Hypothesis-style search'))
          const tally = await lab.call<Tally>('anchoring', 'check')
          for (const [side, { anchored, onPassage }] of Object.entries(tally)) {
            if (onPassage < size) {
              context.note(
                `${side}: ${anchored} of ${size} anchored, ${onPassage} on their passage`,
              )
            }
          }
        }
      }
      const largest = context.sizes[context.sizes.length - 1]
      await lab.call('anchoring', 'prepare', largest, true)
      const longest = await repeatMedian(context.pairs, () =>
        lab.call<Sample<'ms'>>('anchoring', 'glossLongestTask'),
      )
      rows.push(
        valueRow(`Longest task anchoring ${count(largest)}, 10% edited`, 'ms', longest.ms, 50),
      )
      for (const [kind, label] of HOSTILE) {
        const { ms, longest: task } = await repeatMedian(context.pairs, () =>
          lab.call<Sample<'ms' | 'longest'>>('anchoring', 'hostile', kind),
        )
        rows.push(valueRow(`Anchor ${label}`, 'ms', ms))
        rows.push(valueRow(`Longest task, ${label}`, 'ms', task, 50))
      }
      return rows
    } finally {
      await lab.close()
    }
  },
})
