/**
 * Library rows: building the stored row of a new article, keeping its derived fields (`shelf`,
 * `readState`) in step with the fields they come from, and turning a stored row into what the
 * library view shows. Every write of an `articles` row goes through `withDerivedFields`, so the
 * compound indexes the lists read (`database.ts`) always agree with the row.
 *
 * Read states (the library's filter): `unread` is never opened and not scrolled; `finished` is
 * read to 95 % or further (the last lines of an article are often credits or links, which
 * nobody scrolls past); everything between is `in-progress`, including an article opened and
 * closed at its top. Progress is the furthest the reader got, so going back up to look at a
 * highlight does not make a finished article unfinished again.
 */
import { countWords, type Article } from '@shared/article'
import type { LibraryRow, LibraryShelf } from '@renderer/library/library-source'
import type { ArticleOrigin, ArticleRecord, StoredReadState } from './database'
import { normalizeUrl } from './normalize-url'
import { sortTitle } from './sort-title'

/** Progress from which an article counts as finished. */
export const FINISHED_PROGRESS = 0.95

/** @param row - whether archived, and when trashed (0: not) */
export function shelfOf(row: Pick<ArticleRecord, 'archived' | 'trashedAt'>): LibraryShelf {
  if (row.trashedAt > 0) return 'trash'
  return row.archived ? 'archive' : 'reading'
}

/** @param row - when last opened (0: never), and the furthest progress */
export function readStateOf(row: Pick<ArticleRecord, 'openedAt' | 'progress'>): StoredReadState {
  if (row.progress >= FINISHED_PROGRESS) return 'finished'
  return row.openedAt === 0 && row.progress === 0 ? 'unread' : 'in-progress'
}

/** A row with `shelf` and `readState` recomputed from the fields they are derived from. */
export function withDerivedFields(row: ArticleRecord): ArticleRecord {
  return { ...row, shelf: shelfOf(row), readState: readStateOf(row) }
}

/** What a new article's row is made from. */
export interface NewArticleRow {
  readonly article: Article
  readonly origin: ArticleOrigin
  readonly addedAt: number
  readonly contentHash: string
}

/** The row of an article just added: never opened, not archived, not in the trash. */
export function newArticleRecord({
  article,
  origin,
  addedAt,
  contentHash,
}: NewArticleRow): ArticleRecord {
  const meta = article.meta ?? {}
  const url = meta.url ?? ''
  return withDerivedFields({
    id: article.id,
    title: article.title,
    siteName: meta.siteName ?? '',
    byline: meta.byline ?? '',
    url,
    normalizedUrl: normalizeUrl(url),
    contentHash,
    addedAt,
    openedAt: 0,
    wordCount: countWords(article.text),
    progress: 0,
    archived: 0,
    trashedAt: 0,
    tags: [],
    sortTitle: sortTitle(article.title),
    origin,
    lang: meta.lang ?? '',
    dir: meta.dir ?? '',
    shelf: 'reading',
    readState: 'unread',
  })
}

/**
 * The list fields of a stored row, as the library view shows them.
 *
 * @param row - a stored row
 * @param highlightCount - how many annotations the article has
 */
export function libraryRow(row: ArticleRecord, highlightCount: number): LibraryRow {
  return {
    id: row.id,
    title: row.title,
    siteName: row.siteName,
    byline: row.byline,
    addedAt: row.addedAt,
    openedAt: row.openedAt,
    wordCount: row.wordCount,
    progress: row.progress,
    highlightCount,
    archived: row.archived === 1,
    trashedAt: row.trashedAt,
    tags: [...row.tags],
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/**
 * Stored rows may come from another version of Gloss: use only those with every list field.
 *
 * @param value - a stored row
 */
export function isStoredArticleRecord(value: unknown): value is ArticleRecord {
  if (typeof value !== 'object' || value === null) return false
  const row = value as Record<string, unknown>
  return (
    ['id', 'title', 'siteName', 'byline', 'url', 'contentHash', 'origin'].every((key) =>
      isString(row[key]),
    ) &&
    ['addedAt', 'openedAt', 'wordCount', 'progress', 'trashedAt'].every((key) =>
      isNumber(row[key]),
    ) &&
    (row.archived === 0 || row.archived === 1) &&
    Array.isArray(row.tags) &&
    row.tags.every(isString)
  )
}
