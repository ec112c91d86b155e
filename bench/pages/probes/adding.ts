/**
 * Adding pages in the lab page (same origin as the app): each page's bytes go through what
 * Gloss does when a file is added (reading the file, Readability in the app's worker, DOMPurify
 * and the conversion to blocks on this page, storing it in the app's database), against the
 * baseline of Readability alone on the same page, parsed with `DOMParser` on this page's main
 * thread (what a reader that does nothing else would do). Long main-thread tasks are watched
 * while Gloss adds, with the Long Tasks API.
 */
import { Readability } from '@mozilla/readability'
import { addArticle as storeArticle } from '@renderer/db/library-writes'
import { GlossDatabase } from '@renderer/db/database'
import { addArticle } from '@renderer/adding/add-article'
import { createReadableClient } from '@renderer/adding/extract/readable-client'
import { readAddedFile } from '@renderer/adding/files/read-added-file'

const pages: { name: string; html: string }[] = []
const findReadable = createReadableClient()
let db: GlossDatabase | undefined
let longest = 0
let observer: PerformanceObserver | undefined

/** @param page - one page's file name and markup, sent from Node */
export function loadPage(page: { name: string; html: string }): number {
  pages.push(page)
  return pages.length
}

/** Readability alone on page `i`: ms. */
export function readabilityAlone(i: number): { ms: number; ok: boolean } {
  const start = performance.now()
  const document = new DOMParser().parseFromString(pages[i].html, 'text/html')
  const parsed = new Readability(document).parse()
  return { ms: performance.now() - start, ok: parsed !== null }
}

/** Start watching for long tasks (Gloss's side only). */
export function watchLongTasks(): void {
  longest = 0
  observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration)
  })
  observer.observe({ type: 'longtask' })
}

/** Stop watching; the longest main-thread task seen (ms). */
export function longestTask(): number {
  observer?.takeRecords().forEach((entry) => (longest = Math.max(longest, entry.duration)))
  observer?.disconnect()
  return longest
}

/** Gloss adds page `i` to the library, as a picked file: ms, and what became of it. */
export async function addWithGloss(i: number): Promise<{ ms: number; outcome: string }> {
  db ??= new GlossDatabase()
  const open = db
  const { name, html } = pages[i]
  const bytes = new TextEncoder().encode(html)
  const start = performance.now()
  const outcome = await addArticle(
    name,
    () => readAddedFile({ name, bytes }),
    'file',
    new AbortController().signal,
    {
      findReadable,
      store: async (input) => {
        const stored = await storeArticle(open, input)
        return stored.kind === 'added'
          ? { kind: 'added', id: stored.row.id }
          : { kind: 'failed', message: 'already in the library' }
      },
    },
  )
  return { ms: performance.now() - start, outcome: outcome.kind }
}
