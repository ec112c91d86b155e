/**
 * 16. Library-wide import: 10,000 Hypothesis annotations (20 on each of 500 library articles;
 * 1,000 on 50 in quick mode) found by page address, anchored and written in one transaction,
 * against the JSON-LD import of the same annotations (found by article id), measured in the
 * same page alternately. The run also reports the longest main-thread task during the
 * Hypothesis import.
 */
import { openLab } from '../harness/lab'
import { comparePairs } from '../harness/pairs'
import { median } from '../harness/stats'
import { count, pairRow, valueRow } from '../harness/rows'
import { defineMetric } from '../harness/types'

interface Imported {
  readonly ms: number
  readonly longestTask: number
  readonly added: number
  readonly articles: number
}

export default defineMetric({
  title: '16. Library-wide import',
  async run(context) {
    const articles = context.quick ? 50 : 500
    const lab = await openLab(context, 1)
    try {
      const size = await lab.call<number>('import-library', 'seed', articles, 20)
      const longest: number[] = []
      const { ms } = await comparePairs(context.pairs, async (side) => {
        const kind = side === 'gloss' ? 'hypothesis' : 'jsonld'
        const done = await lab.call<Imported>('import-library', 'importFile', kind)
        if (done.added !== size || done.articles !== articles) {
          throw new Error(
            `${kind} added ${done.added} on ${done.articles} articles, not ${size} on ${articles}.`,
          )
        }
        if (side === 'gloss') longest.push(done.longestTask)
        return { ms: done.ms }
      })
      return [
        pairRow(
          `Import ${count(size)} Hypothesis annotations across ${count(articles)} articles`,
          'ms',
          ms,
          'the same annotations as Gloss JSON-LD',
          1.5,
        ),
        valueRow('Longest main-thread task during that import', 'ms', median(longest), 50),
      ]
    } finally {
      await lab.close()
    }
  },
})
