/**
 * What library search reads from the Gloss database (`search/search-engine.ts`, in its Web
 * Worker): a cheap listing of everything (article rows; every highlight id, and the ids of
 * those changed since a time, both read as keys alone with `getAllKeys`; the article notes;
 * when everything was last replaced by a restore),
 * followed live, and the texts of the documents it indexes or shows. Reads only: the worker
 * opens the database as stored and never writes it.
 */
import type { Annotation, ArticleNote } from '@shared/annotation'
import type { LibraryListing } from '@renderer/search/search-documents'
import type { LibraryReader } from '@renderer/search/search-engine'
import type { GlossDatabase } from './database'
import { isStoredArticleRecord } from './library-rows'
import { watchQuery } from './live-query'

/**
 * Every article row, every highlight id and those changed after `changedSince`, every article
 * note's time, and the `restoredAt` setting, in one read transaction.
 */
async function readListing(db: GlossDatabase, changedSince: number): Promise<LibraryListing> {
  const tables = [db.articles, db.annotations, db.articleNotes, db.settings]
  return db.transaction('r', tables, async () => {
    const [rows, highlightIds, changed, notes, restored] = await Promise.all([
      db.articles.toArray(),
      db.annotations.toCollection().primaryKeys(),
      db.annotations.where('updatedAt').above(changedSince).primaryKeys(),
      db.articleNotes.toArray(),
      db.settings.get('restoredAt'),
    ])
    return {
      restoredAt: typeof restored?.value === 'number' ? restored.value : 0,
      articles: rows.filter(isStoredArticleRecord).map((row) => ({
        id: row.id,
        title: row.title,
        byline: row.byline,
        siteName: row.siteName,
        tags: row.tags,
        contentHash: row.contentHash,
        trashed: row.trashedAt > 0,
        bundled: row.origin === 'bundled',
      })),
      highlights: { ids: highlightIds, changed },
      notes: notes.map(({ articleId, updatedAt }) => ({ articleId, updatedAt })),
    }
  })
}

/** A library reader over `db`, with a live listing. */
export interface SearchLibrary extends LibraryReader {
  /**
   * Call `onListing` with the listing now and after every write that changes it, whoever
   * wrote it (another window, the main thread: Dexie tells every context of the origin).
   *
   * @param changedSince - asked at each read: from when to name changed highlights
   * @returns stops following
   */
  watchListing(
    changedSince: () => number,
    onListing: (listing: LibraryListing) => void,
    onError: (error: unknown) => void,
  ): () => void
}

/** @param db - the Gloss database, open */
export function searchLibrary(db: GlossDatabase): SearchLibrary {
  return {
    listing: (changedSince) => readListing(db, changedSince),
    watchListing: (changedSince, onListing, onError) =>
      watchQuery(() => readListing(db, changedSince()), onListing, onError),
    async articleTexts(ids) {
      const bodies = await db.articleBodies.bulkGet([...ids])
      return new Map(bodies.flatMap((body) => (body ? [[body.id, body.article.text]] : [])))
    },
    async highlights(ids): Promise<Annotation[]> {
      return (await db.annotations.bulkGet([...ids])).filter((row) => row !== undefined)
    },
    async notes(articleIds): Promise<ArticleNote[]> {
      return (await db.articleNotes.bulkGet([...articleIds])).filter((row) => row !== undefined)
    },
  }
}
