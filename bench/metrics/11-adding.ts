/**
 * 11. Adding articles: the 65 real pages of Readability's test suite (fixtures/readability-
 * pages; 10 in quick mode), added one by one in the lab page the way Gloss adds a picked file
 * (read, Readability on linkedom in the app's worker, DOMPurify and the conversion on the main
 * thread, stored in IndexedDB), against Readability alone on the same page in the same
 * browser, parsed with DOMParser on the main thread. Reported: Gloss's median time per page
 * against the baseline's (the target: at most 1.5 times), and the longest main-thread
 * task while Gloss added them all (at most 50 ms). Each page is timed once per side, the
 * baseline first, so both meet the page equally warm.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLab } from '../harness/lab'
import { pairRow, valueRow } from '../harness/rows'
import { median } from '../harness/stats'
import { defineMetric } from '../harness/types'

const PAGES = join(__dirname, '..', '..', 'fixtures', 'readability-pages')

export default defineMetric({
  title: '11. Adding articles',
  async run(context) {
    const names = readdirSync(PAGES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .slice(0, context.quick ? 10 : undefined)
    const lab = await openLab(context, 1)
    try {
      for (const name of names) {
        const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8')
        await lab.call('adding', 'loadPage', { name: `${name}.html`, html })
      }
      const gloss: number[] = []
      const alone: number[] = []
      const refused: string[] = []
      let longest = { ms: 0, page: '' }
      for (let i = 0; i < names.length; i++) {
        alone.push((await lab.call<{ ms: number }>('adding', 'readabilityAlone', i)).ms)
        const added = await lab.call<{ ms: number; outcome: string; longestTask: number }>(
          'adding',
          'addWithGloss',
          i,
        )
        if (added.outcome !== 'added') refused.push(`${names[i]} (${added.outcome})`)
        if (added.longestTask > longest.ms) longest = { ms: added.longestTask, page: names[i] }
        gloss.push(added.ms)
      }
      if (longest.ms > 0) context.note(`longest task while adding ${longest.page}`)
      // rtl-3 holds rtl-1's text: the library refuses it as a duplicate.
      if (refused.length > 0) context.note(`not added: ${refused.join(', ')}`)
      const total = (samples: number[]): string => samples.reduce((a, b) => a + b, 0).toFixed(0)
      context.note(
        `all ${names.length} pages: Gloss ${total(gloss)} ms, Readability alone ${total(alone)} ms`,
      )
      const summary = {
        value: median(gloss),
        baseline: median(alone),
        // As comparePairs does: the median of the ratios of each page's pair.
        ratio: median(gloss.map((ms, i) => ms / alone[i])),
        samples: { gloss, baseline: alone },
      }
      return [
        pairRow(
          `Add ${names.length} real pages one by one, median per page`,
          'ms',
          summary,
          'Readability alone, DOMParser, same page',
          1.5,
        ),
        valueRow(
          `Longest main-thread task while adding ${names.length} pages`,
          'ms',
          longest.ms,
          50,
        ),
      ]
    } finally {
      await lab.close()
    }
  },
})
