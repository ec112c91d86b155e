/**
 * What exporting the whole library reads: the rows of every article outside the Trash (small:
 * no body, no picture), then, a few articles at a time, their blocks (for section names), their
 * highlights and their article notes. Each chunk is one short read-only transaction, so an
 * export of thousands of highlights never holds the page in one long task, and rows left by
 * another version are passed over as the app passes them over.
 */
import type { Annotation } from '@shared/annotation'
import type { Article } from '@shared/article'
import { isStoredAnnotation, isStoredArticleNote } from './annotation-rows'
import type { ArticleRecord, GlossDatabase } from './database'
import { isStoredArticleRecord } from './library-rows'

/** One article of an export, with everything its file holds. */
export interface ExportedArticleData {
  readonly record: ArticleRecord
  /** Its blocks; undefined for the bundled article, whose blocks the host serves. */
  readonly body: Article | undefined
  /** Its highlights, in no particular order. */
  readonly annotations: readonly Annotation[]
  /** Its article-level note; '' when none. */
  readonly note: string
}

/**
 * The rows of every article in the library and the Archive (not the Trash), oldest added first.
 *
 * @param db - an open database
 */
export async function listExportedArticles(db: GlossDatabase): Promise<ArticleRecord[]> {
  const rows: unknown[] = await db.articles.toArray()
  return rows
    .filter(isStoredArticleRecord)
    .filter((row) => row.trashedAt === 0)
    .sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The bodies, highlights and notes of some articles, in one read-only transaction.
 *
 * @param db - an open database
 * @param records - the articles' rows (from `listExportedArticles`), in the order wanted back
 */
export async function readExportChunk(
  db: GlossDatabase,
  records: readonly ArticleRecord[],
): Promise<ExportedArticleData[]> {
  const ids = records.map((record) => record.id)
  const [bodies, highlights, notes] = await db.transaction(
    'r',
    [db.articleBodies, db.annotations, db.articleNotes],
    () =>
      Promise.all([
        db.articleBodies.bulkGet(ids),
        // One `getAll` per article: `anyOf` walks a cursor, one event per row (10x slower).
        Promise.all(ids.map((id) => db.annotations.where('articleId').equals(id).toArray())),
        db.articleNotes.bulkGet(ids),
      ]),
  )
  return records.map((record, i) => {
    const note: unknown = notes[i]
    return {
      record,
      body: bodies[i]?.article,
      annotations: (highlights[i] as unknown[]).filter(isStoredAnnotation),
      note: isStoredArticleNote(note) ? note.note : '',
    }
  })
}
