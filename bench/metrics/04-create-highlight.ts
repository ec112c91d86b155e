/**
 * 4. Creating one highlight, in the built app: a passage selected, then the `h` key pressed
 * (through Playwright, as a reader's key), timed from the key event (its `timeStamp`) until both
 * the highlight is painted (the frame after its Range is in `CSS.highlights` has been painted)
 * and its row is committed to IndexedDB (the app's `gloss:annotation-saved` mark). Baseline, in
 * the same page on another passage: the same key, caught before the app sees it, doing a raw
 * IndexedDB `put` of the same record (a copy of the row Gloss stored, new id) into the app's
 * database and the same paint (the selection's Range added to the same `Highlight`), timed the
 * same way. Each sample highlights a passage not highlighted before, so Gloss creates (never
 * recolours). Two rows: the ratio, and Gloss's median against one frame.
 */
import type { Page } from '@playwright/test'
import { VIEWPORT } from '../harness/lab'
import { comparePairs, type PairSummary } from '../harness/pairs'
import { pairRow, valueRow } from '../harness/rows'
import { defineMetric } from '../harness/types'

/** One frame at 60 Hz: the limit for Gloss's median. */
const ONE_FRAME_MS = 16.7

/**
 * Page-side helpers, installed once as a string (tsx would wrap functions in `__name` calls the
 * page cannot run). `benchSelect(k)` selects the k-th sample's passage: 60 characters of a
 * paragraph, a different one each time (40 or so before they repeat). `benchArm(baseline)` starts timing the next `h`;
 * `benchTimed` then resolves its times.
 */
const PAGE_HELPERS = `(() => {
  const colours = () => [...CSS.highlights].filter(([name]) => /^gloss-(?!focus|flash)/.test(name))
  const paintedCount = () => colours().reduce((sum, [, highlight]) => sum + highlight.size, 0)
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
  const request = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  let db = null
  let template = null
  let copies = 0

  globalThis.benchSelect = (k) => {
    // Every paragraph's text cut into 60-character passages 10 apart: the k-th of them.
    // Text nodes, not firstChild: Vue's fragments put empty anchor text nodes around runs.
    const textNodes = (p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      const nodes = []
      while (walker.nextNode()) nodes.push(walker.currentNode)
      return nodes
    }
    const passages = [...document.querySelectorAll('article p[data-block]')].flatMap(textNodes).flatMap((text) =>
      Array.from({ length: Math.floor(text.data.length / 70) }, (_, i) => [text, i * 70]))
    const [text, start] = passages[k % passages.length]
    const range = document.createRange()
    range.setStart(text, start)
    range.setEnd(text, start + 60)
    const selection = getSelection()
    selection.removeAllRanges()
    selection.addRange(range)
  }

  /** The row Gloss stored last, as the baseline's record; and a connection to write it with. */
  globalThis.benchPrepareBaseline = async () => {
    db ??= await request(indexedDB.open('gloss'))
    const rows = await request(db.transaction('annotations').objectStore('annotations').getAll())
    template = rows.reduce((a, b) => (b.createdAt > a.createdAt ? b : a))
  }

  function baselineWrite(event) {
    event.stopImmediatePropagation()
    event.preventDefault()
    const range = getSelection().getRangeAt(0).cloneRange()
    CSS.highlights.get('gloss-yellow').add(range)
    const tx = db.transaction('annotations', 'readwrite')
    tx.objectStore('annotations').put({ ...template, id: 'bench-baseline-' + copies++ })
    return new Promise((resolve) => (tx.oncomplete = () => resolve(performance.now())))
  }

  globalThis.benchArm = (baseline) => void (globalThis.benchTimed = new Promise((resolve, reject) => {
    const before = paintedCount()
    let start, painted, saved
    const done = () => {
      if (painted === undefined || saved === undefined) return
      resolve({ painted: painted - start, saved: saved - start })
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('gloss:annotation-saved').length) return
      observer.disconnect()
      saved = list.getEntriesByName('gloss:annotation-saved')[0].startTime
      done()
    })
    if (!baseline) observer.observe({ type: 'mark' })
    addEventListener('keydown', (event) => {
      start = event.timeStamp
      if (baseline) baselineWrite(event).then((at) => ((saved = at), done()))
    }, { capture: true, once: true })
    const frame = () => {
      if (start === undefined || paintedCount() === before) return requestAnimationFrame(frame)
      // Queued from inside the frame: runs once that frame has been painted.
      nextTask().then(() => ((painted = performance.now()), done()))
    }
    requestAnimationFrame(frame)
    setTimeout(() => reject(new Error('No highlight painted and saved within 10 s of h.')), 10000)
  }))
})()`

/** Milliseconds from the key to painted, and to saved. */
interface Created {
  readonly painted: number
  readonly saved: number
}

async function createOnce(page: Page, sample: number, baseline: boolean): Promise<Created> {
  await page.evaluate(`benchSelect(${sample})`)
  await page.getByRole('toolbar', { name: 'Highlight selection' }).waitFor()
  await page.evaluate(`benchArm(${baseline})`)
  await page.keyboard.press('h')
  const created = await page.evaluate<Created>('benchTimed')
  // Clear the way for the next sample: the toolbar goes with the selection.
  await page.evaluate('getSelection().removeAllRanges()')
  await page.getByRole('toolbar', { name: 'Highlight selection' }).waitFor({ state: 'hidden' })
  return created
}

export default defineMetric({
  title: '4. Creating one highlight',
  async run(context) {
    const browserContext = await context.browser.newContext({ viewport: VIEWPORT })
    try {
      const page = await browserContext.newPage()
      await page.goto(`${context.origin}/`)
      await page.locator('article h1').waitFor()
      await page.evaluate('document.fonts.ready')
      await page.evaluate(PAGE_HELPERS)
      let sample = 0
      const { ms, painted, saved } = await comparePairs(context.pairs, async (side) => {
        if (side === 'baseline') await page.evaluate('benchPrepareBaseline()')
        const created = await createOnce(page, sample++, side === 'baseline')
        return { ms: Math.max(created.painted, created.saved), ...created }
      })
      const each = (summary: PairSummary): string =>
        `${summary.value.toFixed(1)} ms (baseline ${summary.baseline.toFixed(1)} ms)`
      context.note(`medians from h: painted ${each(painted)}, saved ${each(saved)}`)
      return [
        pairRow(
          'Create one highlight from h, until painted and saved',
          'ms',
          ms,
          'IndexedDB put + same paint',
          1.5,
        ),
        valueRow('Create one highlight from h, Gloss median', 'ms', ms.value, ONE_FRAME_MS),
      ]
    } finally {
      await browserContext.close()
    }
  },
})
