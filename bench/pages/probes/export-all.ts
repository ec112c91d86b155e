/**
 * Metric 14 in the page: Export all on a library written into the app's database from the lab
 * page (same origin as the app, so the same IndexedDB): `articles` articles of about the
 * bundled article's length (12 paragraphs, some 4,000 characters), each with `perArticle`
 * stored highlights (a third with a note, a quarter with tags). Gloss: the app's whole flow,
 * reading the library in chunks, formatting and zipping in slices (`buildLibraryExport`, then
 * `zipFiles` for Markdown), with the longest main-thread task seen meanwhile. Baseline: the
 * same articles' Markdown made one by one from inputs already in memory (`readingOrder`, then
 * `exportAs`), with no reads, no slicing and no ZIP: what exporting each article on its own
 * would cost.
 */
import type { Annotation } from '@shared/annotation'
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import { GlossDatabase } from '@renderer/db/database'
import { newArticleRecord } from '@renderer/db/library-rows'
import {
  buildLibraryExport,
  type LibraryExportFormat,
} from '@renderer/exporting/all/build-library-export'
import { databaseExportSource } from '@renderer/exporting/all/database-source'
import { zipFiles } from '@renderer/exporting/all/files-zip'
import { exportAs } from '@renderer/exporting/formats/formats'
import { readingOrder } from '@renderer/exporting/formats/reading-order'
import { storedAnnotations } from '../stored-annotations'

const OPTIONS = { includeNotes: true, includeTags: true, includeLinks: false }
const WORDS = 'the troops return home while the base at the port stays and the talks go on'.split(
  ' ',
)

let library: { article: Article; annotations: Annotation[] }[] = []

function paragraph(i: number, p: number): string {
  const words = Array.from({ length: 55 }, (_, w) => WORDS[(i * 7 + p * 13 + w * 3) % WORDS.length])
  return `${words.join(' ')} (article ${i}, paragraph ${p}).`
}

function benchArticle(i: number): Article {
  const title = `Bench article ${i}: the withdrawal, part ${i % 40}`
  const body = Array.from({ length: 12 }, (_, p) => paragraph(i, p)).join('\n\n')
  const result = parseArticle(`${title}\n\n${body}\n`, { id: `export-${i}` })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/**
 * Write the library (not timed).
 *
 * @param articles - how many articles
 * @param perArticle - highlights on each
 * @returns how many highlights were stored
 */
export async function seed(articles: number, perArticle: number): Promise<number> {
  library = Array.from({ length: articles }, (_, i) => {
    const article = benchArticle(i)
    const annotations = storedAnnotations(article, perArticle, i + 1).map((row, n) => ({
      ...row,
      id: `00000000-0000-4000-8${String(i).padStart(3, '0')}-${String(n).padStart(12, '0')}`,
    }))
    return { article, annotations }
  })
  const db = new GlossDatabase()
  try {
    await db.transaction('rw', [db.articles, db.articleBodies, db.annotations], async () => {
      await db.articles.bulkPut(
        library.map(({ article }, i) =>
          newArticleRecord({
            article,
            origin: 'file',
            addedAt: 1_700_000_000_000 + i * 60_000,
            contentHash: `export-${i}`,
          }),
        ),
      )
      await db.articleBodies.bulkPut(library.map(({ article }) => ({ id: article.id, article })))
      await db.annotations.bulkPut(library.flatMap(({ annotations }) => annotations))
    })
    return await db.annotations.count()
  } finally {
    db.close()
  }
}

/** What one export did: its time, the longest task meanwhile, and what it made. */
export interface ExportAllSample {
  readonly ms: number
  readonly longestTask: number
  readonly articles: number
  readonly highlights: number
  /** The ZIP's bytes, or the file's characters. */
  readonly size: number
}

/**
 * Gloss: Export all from the database, as the dialog runs it (without the host's save).
 *
 * @param format - which export; Markdown is zipped
 */
export async function exportAll(format: LibraryExportFormat): Promise<ExportAllSample> {
  let longestTask = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration)
  })
  observer.observe({ type: 'longtask' })
  const db = new GlossDatabase()
  try {
    const start = performance.now()
    const source = databaseExportSource(
      (work) => work(db),
      async () => undefined,
    )
    const built = await buildLibraryExport(source, format, {
      exportedAt: new Date(),
      options: OPTIONS,
    })
    // The one-file exports go to the host as text: only Markdown has more to do here.
    const size =
      format === 'markdown' ? (await zipFiles(built.files)).length : built.files[0].text.length
    const ms = performance.now() - start
    await new Promise((resolve) => setTimeout(resolve, 0))
    for (const entry of observer.takeRecords()) longestTask = Math.max(longestTask, entry.duration)
    return { ms, longestTask, articles: built.articles, highlights: built.highlights, size }
  } finally {
    observer.disconnect()
    db.close()
  }
}

/** Baseline: each article's Markdown, from memory, one after another in one task. */
export function eachArticleMarkdown(): { ms: number; characters: number } {
  const start = performance.now()
  let characters = 0
  for (const { article, annotations } of library) {
    const text = exportAs('markdown', {
      article,
      annotations: readingOrder(article, annotations),
      exportedAt: new Date(),
      options: OPTIONS,
    })
    characters += text.length
  }
  return { ms: performance.now() - start, characters }
}
