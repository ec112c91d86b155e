/**
 * Adding pages in the lab page (same origin as the app): each page's bytes go through what
 * Gloss does when a file is added (reading the file, Readability in the app's worker, DOMPurify
 * and the conversion to blocks on this page, storing it in the app's database), against the
 * baseline of Readability alone on the same page, parsed with `DOMParser` on this page's main
 * thread (what a reader that does nothing else would do). Long main-thread tasks are watched
 * while Gloss adds (and only then), with the Long Tasks API.
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

/**
 * Gloss adds page `i` to the library, as a picked file: ms, what became of it, and the longest
 * main-thread task meanwhile (0 when none reached the Long Tasks API's 50 ms).
 */
export async function addWithGloss(
  i: number,
): Promise<{ ms: number; outcome: string; longestTask: number }> {
  let longestTask = 0
  const note = (entries: PerformanceEntryList): void => {
    for (const entry of entries) longestTask = Math.max(longestTask, entry.duration)
  }
  const observer = new PerformanceObserver((list) => note(list.getEntries()))
  observer.observe({ type: 'longtask' })
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
  const ms = performance.now() - start
  // Entries arrive after their task: let the last one be reported, then collect it.
  await new Promise((resolve) => setTimeout(resolve, 0))
  note(observer.takeRecords())
  observer.disconnect()
  return { ms, outcome: outcome.kind, longestTask }
}
