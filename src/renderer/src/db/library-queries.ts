/**
 * Reads of the library: the ordered ids of the articles a list shows, the list fields of the
 * rows in view, and the library's tags. A list of thousands is one range of a compound index
 * (`[shelf+addedAt]`, or `[shelf+readState+addedAt]` with a read-state filter; see
 * `database.ts`) read by primary keys alone: no row is read to order or filter it, and nothing
 * pages with `offset(n)`. Rows are then read by id, only for those the view shows. Every
 * function is usable inside `liveQuery`, so lists follow writes from any window.
 */
import Dexie from 'dexie'
import type { LibraryQuery, LibraryRow, LibrarySort } from '@renderer/library/library-source'
import { articleListIndex, type ArticleSortField, type GlossDatabase } from './database'
import { isStoredArticleRecord, libraryRow } from './library-rows'

const SORT_FIELD: Record<LibrarySort, ArticleSortField> = {
  added: 'addedAt',
  opened: 'openedAt',
  title: 'sortTitle',
}

/** Recently added and recently opened come newest first; titles from A to Z. */
const NEWEST_FIRST: Record<LibrarySort, boolean> = { added: true, opened: true, title: false }

/**
 * Ids of the articles with this tag: on the article itself, or on one of its highlights. Reads
 * the keys of the tagged articles and the rows of the tagged highlights only.
 */
async function idsTagged(db: GlossDatabase, tag: string): Promise<Set<string>> {
  const [articleIds, highlights] = await Promise.all([
    db.articles.where('tags').equals(tag).primaryKeys(),
    db.annotations.where('tags').equals(tag).toArray(),
  ])
  return new Set([...articleIds, ...highlights.map((highlight) => highlight.articleId)])
}

/** How many rows the library reads to paint its first screen before it has every id. */
export const FIRST_PAGE_ROWS = 30

/** The index range a query's list is, in the index's (ascending) order. */
function listRange(db: GlossDatabase, query: LibraryQuery) {
  const byReadState = query.readState !== 'all'
  const prefix = byReadState ? [query.shelf, query.readState] : [query.shelf]
  return db.articles
    .where(articleListIndex(SORT_FIELD[query.sort], byReadState))
    .between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey])
}

/**
 * The ids of the articles a query selects, in its order.
 *
 * @param db - an open database
 * @param query - shelf, order, read state and tag
 */
export async function listArticleIds(db: GlossDatabase, query: LibraryQuery): Promise<string[]> {
  const range = listRange(db, query)
  // Read forward and turn the array round: a forward read of keys is one `getAllKeys`, where a
  // reversed one walks a cursor key by key (5x slower for 5,000). Rows of one sort key come out
  // in the same order as a reversed cursor gives (by id, descending).
  const [forward, tagged] = await db.transaction('r', [db.articles, db.annotations], () =>
    Promise.all([range.primaryKeys(), query.tag === null ? null : idsTagged(db, query.tag)]),
  )
  const ids = NEWEST_FIRST[query.sort] ? forward.reverse() : forward
  return tagged ? ids.filter((id) => tagged.has(id)) : ids
}

/**
 * The first rows of a query's list, in its order, with their highlight counts: what the first
 * screen shows, read as one short cursor instead of waiting for every id of a long list. Null
 * for a tag filter, whose order needs the whole list (`listArticleIds`).
 *
 * @param db - an open database
 * @param query - shelf, order and read state (no tag)
 * @param limit - how many rows
 */
export async function readFirstLibraryRows(
  db: GlossDatabase,
  query: LibraryQuery,
  limit = FIRST_PAGE_ROWS,
): Promise<LibraryRow[] | null> {
  if (query.tag !== null) return null
  const range = listRange(db, query)
  return db.transaction('r', [db.articles, db.annotations], async () => {
    const first = await (NEWEST_FIRST[query.sort] ? range.reverse() : range).limit(limit).toArray()
    const rows = first.filter(isStoredArticleRecord)
    const counts = await highlightCounts(
      db,
      rows.map((row) => row.id),
    )
    return rows.map((row, i) => libraryRow(row, counts[i]))
  })
}

/**
 * How many highlights each article has, in the order of `ids`: one read of the `articleId` index
 * keys over all of them, counted here (a `count()` per article was a request per row).
 */
async function highlightCounts(db: GlossDatabase, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) return []
  const keys = await db.annotations.where('articleId').anyOf(ids).keys()
  const counts = new Map<string, number>()
  for (const key of keys) {
    if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return ids.map((id) => counts.get(id) ?? 0)
}

/**
 * The list fields of the given articles, with their highlight counts; ids with no (well-formed)
 * row are left out.
 *
 * @param db - an open database
 * @param ids - the articles, e.g. the rows in view
 */
export async function readLibraryRows(
  db: GlossDatabase,
  ids: readonly string[],
): Promise<LibraryRow[]> {
  // One transaction for all of it: outside one, Dexie would open a transaction per count.
  const [rows, counts] = await db.transaction('r', [db.articles, db.annotations], () =>
    Promise.all([db.articles.bulkGet([...ids]), highlightCounts(db, ids)]),
  )
  return rows.flatMap((row, i) => (isStoredArticleRecord(row) ? [libraryRow(row, counts[i])] : []))
}

/**
 * Every tag in the library, on articles or on highlights, each once, sorted (the tag filter).
 *
 * @param db - an open database
 */
export async function listLibraryTags(db: GlossDatabase): Promise<string[]> {
  const [onArticles, onHighlights] = await Promise.all([
    db.articles.orderBy('tags').uniqueKeys(),
    db.annotations.orderBy('tags').uniqueKeys(),
  ])
  const tags = new Set([...onArticles, ...onHighlights].filter((key) => typeof key === 'string'))
  return [...tags].sort((a, b) => a.localeCompare(b))
}
