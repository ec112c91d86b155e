/**
 * 9. Opening the library: a profile whose database holds 5,000 articles (1,000 in quick mode),
 * timed in the lab page from opening the database until the first 30 rows (with highlight
 * counts) are read, as the library store does before it paints its first rows. Baseline: raw
 * IndexedDB, opening the same database and reading the same 30 rows from the same index with a
 * cursor. The list's painting is the library view's to time. The run also notes Gloss's time by
 * step and the read of every id of the list that follows the first rows (the store needs them
 * for scrolling, not for the first screen), beside a raw `getAllKeys` of the same ids.
 */
import { openLab } from '../harness/lab'
import { comparePairs } from '../harness/pairs'
import { median } from '../harness/stats'
import { count, pairRow, valueRow } from '../harness/rows'
import { defineMetric } from '../harness/types'

/** `openWithGloss`'s result (`pages/probes/library.ts`; page code is not imported into Node). */
interface GlossOpen {
  readonly ms: number
  readonly openMs: number
  readonly rowsMs: number
  readonly rows: number
  readonly idsMs: number
  readonly ids: number
}

export default defineMetric({
  title: '9. Opening the library',
  async run(context) {
    const size = context.quick ? 1000 : 5000
    const lab = await openLab(context, 1)
    try {
      const stored = await lab.call<number>('library', 'seedLibrary', size)
      if (stored !== size) throw new Error(`The library holds ${stored} articles, not ${size}.`)
      const steps: GlossOpen[] = []
      const { ms } = await comparePairs(context.pairs, async (side) => {
        if (side === 'baseline')
          return { ms: (await lab.call<{ ms: number }>('library', 'openRaw')).ms }
        const opened = await lab.call<GlossOpen>('library', 'openWithGloss')
        if (opened.ids !== size) throw new Error(`Gloss listed ${opened.ids} ids, not ${size}.`)
        if (opened.rows !== 30) throw new Error(`Gloss read ${opened.rows} first rows, not 30.`)
        steps.push(opened)
        return { ms: opened.ms }
      })
      const rawIds: number[] = []
      for (let i = 0; i < context.pairs.runs; i++) {
        rawIds.push((await lab.call<{ ms: number }>('library', 'rawIds')).ms)
      }
      context.note(
        `raw IndexedDB getAllKeys of all ${count(size)} ids: ${median(rawIds).toFixed(1)} ms`,
      )
      const step = (key: 'openMs' | 'idsMs' | 'rowsMs'): string =>
        median(steps.map((s) => s[key])).toFixed(1)
      context.note(
        `Gloss's medians by step: open ${step('openMs')} ms, first rows ${step('rowsMs')} ms; ` +
          `then every id of the list ${step('idsMs')} ms`,
      )
      return [
        pairRow(
          `Open a ${count(size)}-article library: the first 30 rows`,
          'ms',
          ms,
          'raw IndexedDB, the same 30 rows',
          2,
        ),
        valueRow(`Open a ${count(size)}-article library, median`, 'ms', ms.value, 300),
      ]
    } finally {
      await lab.close()
    }
  },
})
