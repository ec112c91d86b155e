/**
 * Metric 16 in the page: a library-wide import in the app's database (same origin as the app).
 * `seed` stores `articles` library articles (row and blocks, through the app's schema), each
 * with its own text and page address, and makes two files of the same annotations, `perArticle`
 * on each article: Hypothesis's sidebar export (found by page address) and Gloss's own JSON-LD
 * (found by article id). `importFile` runs the whole import as the app does, without the
 * dialog: parse (in the app's worker), match, anchor every article (`planLibraryImport`), one
 * strict write (`writeImport`); then takes the import back (not timed), so every run starts
 * alike. The longest main-thread task is the longest the Long Tasks API reports during the
 * import.
 */
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import { listArticleAnnotations, readArticleNote } from '@renderer/db/annotations'
import { GlossDatabase } from '@renderer/db/database'
import { findStoredIds, writeImport } from '@renderer/db/import-annotations'
import { readLibraryLookups } from '@renderer/db/import-lookups'
import { readArticleBody } from '@renderer/db/library-bodies'
import { newArticleRecord } from '@renderer/db/library-rows'
import { findWaitingIds } from '@renderer/db/pending-imports'
import { parseFileInWorker } from '@renderer/importing/formats/parse-in-worker'
import { importWriteOf } from '@renderer/importing/import-write'
import { planLibraryImport, type PlanReads } from '@renderer/importing/library-plan'

const files = { hypothesis: '', jsonld: '' }

function articleText(i: number): string {
  const sentences = Array.from(
    { length: 40 },
    (_, s) => `Sentence ${s} of article ${i} says something about topic ${(i * 7 + s) % 97}.`,
  )
  const paragraphs = Array.from({ length: 8 }, (_, p) =>
    sentences.slice(p * 5, p * 5 + 5).join(' '),
  )
  return `Article ${i} of the import bench\n\n${paragraphs.join('\n\n')}\n`
}

function article(i: number): Article {
  const result = parseArticle(articleText(i), { id: `import-${i}` })
  if (!result.ok) throw new Error(result.error.message)
  return { ...result.value, meta: { url: `https://bench.example/articles/${i}` } }
}

/** One quote of a sentence, with its context and offsets, as both files give it. */
function quoteOf(text: string, i: number, k: number) {
  const exact = `Sentence ${k} of article ${i} says something`
  const start = text.indexOf(exact)
  return {
    exact,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(start + exact.length, start + exact.length + 32),
    start,
    end: start + exact.length,
  }
}

/**
 * @param articles - how many library articles
 * @param perArticle - annotations on each (at most 40)
 * @returns how many annotations each file holds
 */
export async function seed(articles: number, perArticle: number): Promise<number> {
  const db = new GlossDatabase()
  const hypothesis: unknown[] = []
  const jsonld: unknown[] = []
  try {
    const stored = Array.from({ length: articles }, (_, i) => article(i))
    await db.articles.bulkPut(
      stored.map((one, i) =>
        newArticleRecord({
          article: one,
          origin: 'file',
          addedAt: 1_700_000_000_000 + i,
          contentHash: `import-${i}`,
        }),
      ),
    )
    await db.articleBodies.bulkPut(stored.map((one) => ({ id: one.id, article: one })))
    for (const [i, one] of stored.entries()) {
      for (let k = 0; k < perArticle; k++) {
        const { exact, prefix, suffix, start, end } = quoteOf(one.text, i, k)
        const created = '2024-03-12T09:15:27.120Z'
        const selector = [
          { type: 'TextPositionSelector', start, end },
          { type: 'TextQuoteSelector', exact, prefix, suffix },
        ]
        hypothesis.push({
          ...{ id: `h${i}x${k}`, created, updated: created, uri: one.meta!.url, text: `note ${k}` },
          ...{ tags: ['bench'], target: [{ source: one.meta!.url, selector }] },
          document: { title: [one.title] },
        })
        jsonld.push({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          ...{ id: `urn:uuid:${crypto.randomUUID()}`, type: 'Annotation', created },
          body: [{ type: 'TextualBody', value: `note ${k}`, purpose: 'commenting' }],
          target: { source: `urn:gloss:article:${one.id}`, selector },
        })
      }
    }
    files.hypothesis = JSON.stringify({
      ...{ export_date: '2026-11-30T18:04:12.512Z', export_userid: 'acct:bench@hypothes.is' },
      ...{ client_version: '1.1613.0', annotations: hypothesis },
    })
    files.jsonld = JSON.stringify(jsonld)
    return hypothesis.length
  } finally {
    db.close()
  }
}

function readsOf(db: GlossDatabase): PlanReads {
  return {
    lookups: (wanted) => readLibraryLookups(db, wanted),
    articleText: async (id) => (await readArticleBody(db, id))?.text,
    highlightedOn: async (id) => {
      const ranges = new Set(
        (await listArticleAnnotations(db, id)).map(
          ({ target }) => `${target.position.start}:${target.position.end}`,
        ),
      )
      return (start, end) => ranges.has(`${start}:${end}`)
    },
    articleNote: async (id) => (await readArticleNote(db, id))?.note ?? '',
    storedIds: (ids) => findStoredIds(db, ids),
    waitingIds: (ids) => findWaitingIds(db, ids),
  }
}

/**
 * Import one of the seeded files into the library, then take it back.
 *
 * @param kind - which file
 */
export async function importFile(
  kind: 'hypothesis' | 'jsonld',
): Promise<{ ms: number; longestTask: number; added: number; articles: number }> {
  const db = new GlossDatabase()
  let longestTask = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration)
  })
  observer.observe({ type: 'longtask' })
  try {
    const started = performance.now()
    const parsed = await parseFileInWorker(files[kind], new AbortController().signal)
    if (!parsed.ok) throw new Error(parsed.error.message)
    const plan = await planLibraryImport(parsed.value, readsOf(db))
    const written = await writeImport(db, importWriteOf(plan, true, Date.now()))
    const ms = performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 0))
    observer.disconnect()
    await db.annotations.bulkDelete(written.added)
    return { ms, longestTask, added: written.added.length, articles: plan.articles.length }
  } finally {
    observer.disconnect()
    db.close()
  }
}
