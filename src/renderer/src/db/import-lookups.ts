/**
 * The library articles an import file could be on, read for matching
 * (`importing/routing/match-documents.ts`): those a Gloss export names by id, those stored
 * under the file's normalised addresses (one index lookup for all), and, for title matching,
 * those whose title key is one the file names.
 *
 * Titles are read without reading rows: the `[shelf+sortTitle]` index already holds every
 * article's folded title beside its id, so a key cursor over it walks a few dozen bytes per
 * article, not the row's structured clone, and a library of thousands answers in one pass.
 * The title key is made from that sort key (`titleKeyOfSortTitle`), and only the rows that
 * match are then read. The pass is skipped when the file names no title.
 */
import type {
  LibraryArticleRef,
  LibraryLookups,
  WantedKeys,
} from '@renderer/importing/routing/match-documents'
import { titleKeyOfSortTitle } from '@renderer/importing/routing/document-keys'
import type { ArticleRecord, GlossDatabase } from './database'
import { isStoredArticleRecord } from './library-rows'

function refOf(row: ArticleRecord): LibraryArticleRef {
  return {
    id: row.id,
    title: row.title,
    trashed: row.trashedAt > 0,
    normalizedUrl: row.normalizedUrl,
  }
}

function groupedBy(
  rows: readonly ArticleRecord[],
  keyOf: (row: ArticleRecord) => string,
): Map<string, LibraryArticleRef[]> {
  const grouped = new Map<string, LibraryArticleRef[]>()
  for (const row of rows) {
    const key = keyOf(row)
    grouped.set(key, [...(grouped.get(key) ?? []), refOf(row)])
  }
  return grouped
}

/** Ids of the articles whose title key is wanted, each with the key, from index keys alone. */
async function idsByTitleKey(
  db: GlossDatabase,
  wanted: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  if (wanted.size === 0) return found
  await db.articles.orderBy('[shelf+sortTitle]').eachKey((key, cursor) => {
    const sortKey = Array.isArray(key) ? key[1] : undefined
    if (typeof sortKey !== 'string') return
    const titleKey = titleKeyOfSortTitle(sortKey)
    if (wanted.has(titleKey)) found.set(String(cursor.primaryKey), titleKey)
  })
  return found
}

/**
 * @param db - an open database
 * @param wanted - the ids, addresses and title keys the file names (`wantedKeys`)
 */
export async function readLibraryLookups(
  db: GlossDatabase,
  wanted: WantedKeys,
): Promise<LibraryLookups> {
  return db.transaction('r', db.articles, async () => {
    const titled = await idsByTitleKey(db, new Set(wanted.titleKeys))
    const [byId, byUrl, byTitle] = await Promise.all([
      db.articles.bulkGet([...wanted.ids]),
      wanted.urls.length > 0
        ? db.articles
            .where('normalizedUrl')
            .anyOf([...wanted.urls])
            .toArray()
        : [],
      db.articles.bulkGet([...titled.keys()]),
    ])
    const stored = (rows: readonly unknown[]): ArticleRecord[] => rows.filter(isStoredArticleRecord)
    return {
      byId: new Map(stored(byId).map((row) => [row.id, refOf(row)])),
      byUrl: groupedBy(stored(byUrl), (row) => row.normalizedUrl),
      byTitle: groupedBy(stored(byTitle), (row) => titled.get(row.id) ?? ''),
    }
  })
}
