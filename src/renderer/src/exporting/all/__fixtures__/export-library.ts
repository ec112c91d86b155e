/**
 * Test data for exporting the whole library: a database holding the bundled article, two added
 * articles with the same title, one archived article and one in the Trash, with highlights
 * whose notes and tags are full of what breaks Markdown, YAML and CSV (quotes, commas, line
 * breaks, `|`, backticks, a leading `=`).
 */
import { quoteSelectorAt, type Annotation, type HighlightColor } from '@shared/annotation'
import type { Article } from '@shared/article'
import { createAnnotation, writeArticleNote } from '@renderer/db/annotations'
import type { GlossDatabase } from '@renderer/db/database'
import { ensureSampleArticle } from '@renderer/db/library-sample'
import { moveToTrash } from '@renderer/db/library-trash'
import { addArticle, setArchived } from '@renderer/db/library-writes'
import { openTestDatabase, testArticle } from '@renderer/db/test-articles'
import { seedArticle } from '@renderer/testing/seed-article'
import { databaseExportSource } from '../database-source'
import type { LibraryExportSource } from '../library-inputs'

export const HOSTILE_NOTE =
  '=HYPERLINK("http://evil.example","click"), a "quoted" word,\nA second line | with a pipe\n`code` and ```fence'
export const HOSTILE_TAG = '@home, "two"'

let counter = 0

/** A highlight on the first occurrence of `exact` in `article`. */
export function highlightOn(
  article: Article,
  exact: string,
  fields: { color?: HighlightColor; note?: string; tags?: readonly string[] } = {},
): Annotation {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`Not in ${article.id}: ${exact}`)
  const end = start + exact.length
  counter += 1
  const n = String(counter).padStart(12, '0')
  return {
    id: `00000000-0000-4000-8000-${n}`,
    articleId: article.id,
    color: fields.color ?? 'yellow',
    note: fields.note ?? '',
    tags: fields.tags ?? [],
    createdAt: Date.UTC(2024, 4, 1) + counter,
    updatedAt: Date.UTC(2024, 4, 1) + counter,
    target: { quote: quoteSelectorAt(article.text, start, end), position: { start, end } },
  }
}

export interface ExportLibrary {
  readonly db: GlossDatabase
  readonly source: LibraryExportSource
  /** The articles an export holds (not the trashed one), oldest added first. */
  readonly exported: readonly Article[]
  readonly trashed: Article
  /** Every highlight of an exported article. */
  readonly highlights: readonly Annotation[]
}

export async function exportLibrary(): Promise<ExportLibrary> {
  const db = await openTestDatabase()
  const sample = seedArticle()
  await ensureSampleArticle(db, sample)
  const first = testArticle('first', 'Notes: on *everything*', {
    url: 'https://example.org/notes?a=1',
    byline: 'Ann "Annie" Author',
    siteName: 'Example',
  })
  const second = testArticle('second', 'Notes: on *everything*')
  const archived = testArticle('archived', 'CON')
  const trashed = testArticle('trashed', 'Gone')
  for (const [i, article] of [first, second, archived, trashed].entries()) {
    await addArticle(db, { article, images: new Map(), origin: 'file', addedAt: 1_000 + i })
  }
  await setArchived(db, archived.id, true)
  await moveToTrash(db, trashed.id, 5_000)
  const highlights = [
    highlightOn(sample, 'The motherland is proud of you', { color: 'green', tags: ['Syria'] }),
    highlightOn(first, 'A paragraph about', { note: HOSTILE_NOTE, tags: [HOSTILE_TAG] }),
    highlightOn(first, 'written for first', { color: 'pink' }),
    highlightOn(second, 'written for second', { note: 'Plain note.' }),
    highlightOn(archived, 'A paragraph about CON', { color: 'blue' }),
  ]
  for (const highlight of highlights) await createAnnotation(db, highlight)
  await createAnnotation(db, highlightOn(trashed, 'A paragraph about Gone'))
  await writeArticleNote(db, { articleId: first.id, note: 'The article’s note.', updatedAt: 1 })
  const source = databaseExportSource(
    (work) => work(db),
    async () => sample,
  )
  return { db, source, exported: [sample, first, second, archived], trashed, highlights }
}
