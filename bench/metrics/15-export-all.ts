/**
 * 15. Export all: the whole library out, for 500 articles with 10,000 highlights (50 with 1,000
 * in quick mode), written into the app's database by the lab page. Gloss: the app's Export all
 * as Markdown, read in chunks from IndexedDB, formatted and zipped in slices; baseline: the
 * same articles' Markdown formatted one by one from memory, with no reads and no ZIP
 * (`pages/probes/export-all.ts`). Also the longest main-thread task during Gloss's export
 * (target 50 ms), and the one-file exports (JSON-LD collection, CSV) on their own.
 */
import { openLab } from '../harness/lab'
import { comparePairs, repeatMedian, type Sample } from '../harness/pairs'
import { count, pairRow, valueRow } from '../harness/rows'
import { median } from '../harness/stats'
import { defineMetric } from '../harness/types'

const PER_ARTICLE = 20

export default defineMetric({
  title: '15. Export all',
  async run(context) {
    const articles = context.quick ? 50 : 500
    const lab = await openLab(context, 1)
    try {
      const stored = await lab.call<number>('export-all', 'seed', articles, PER_ARTICLE)
      const size = `${count(articles)} articles with ${count(stored)} highlights`
      const longest: number[] = []
      const summary = await comparePairs(context.pairs, async (side) => {
        if (side === 'baseline') {
          const { ms } = await lab.call<{ ms: number }>('export-all', 'eachArticleMarkdown')
          return { ms } satisfies Sample<'ms'>
        }
        const sample = await lab.call<{
          ms: number
          longestTask: number
          articles: number
          highlights: number
          size: number
        }>('export-all', 'exportAll', 'markdown')
        if (sample.articles !== articles || sample.highlights !== stored) {
          context.note(`exported ${sample.articles} articles, ${sample.highlights} highlights`)
        }
        longest.push(sample.longestTask)

        return { ms: sample.ms } satisfies Sample<'ms'>
      })
      const rows = [
        pairRow(
          `Export all ${size}, Markdown ZIP`,
          'ms',
          summary.ms,
          'each article’s Markdown, from memory, no ZIP',
        ),
        valueRow(`Longest main-thread task during Export all (${size})`, 'ms', median(longest), 50),
      ]
      for (const format of ['json-ld', 'csv'] as const) {
        const { ms } = await repeatMedian(context.pairs, async () => {
          const { ms } = await lab.call<{ ms: number }>('export-all', 'exportAll', format)
          return { ms } satisfies Sample<'ms'>
        })
        rows.push(
          valueRow(`Export all ${size}, one ${format === 'csv' ? 'CSV' : 'JSON-LD'}`, 'ms', ms),
        )
      }
      return rows
    } finally {
      await lab.close()
    }
  },
})
