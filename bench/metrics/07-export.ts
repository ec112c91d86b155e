/**
 * 7. Export: the stored annotations of the long article (10,000; 1,000 in quick mode) in reading
 * order and formatted, once for every format the export dialog offers. Absolute medians: there
 * is no baseline that does the same work.
 */
import { openLab } from '../harness/lab'
import { repeatMedian, type Sample } from '../harness/pairs'
import { count, valueRow } from '../harness/rows'
import { defineMetric, type MetricRow } from '../harness/types'

export default defineMetric({
  title: '7. Export',
  async run(context) {
    const lab = await openLab(context)
    try {
      const size = context.sizes[context.sizes.length - 1]
      await lab.call('export', 'prepare', size)
      const rows: MetricRow[] = []
      for (const format of await lab.call<string[]>('export', 'formats')) {
        const { ms } = await repeatMedian(context.pairs, async () => {
          const { ms } = await lab.call<{ ms: number }>('export', 'exportTo', format)
          return { ms } satisfies Sample<'ms'>
        })
        rows.push(valueRow(`Export ${count(size)} annotations, ${format}`, 'ms', ms))
      }
      return rows
    } finally {
      await lab.close()
    }
  },
})
