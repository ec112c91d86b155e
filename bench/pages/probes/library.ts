/**
 * The library's list, read from the app's database in the lab page (same origin as the app, so
 * the same IndexedDB): a library of `size` article rows written through the app's schema, then
 * the two ways of reading what the library view shows first. Gloss: open the database and read
 * the first 30 rows with their highlight counts (`readFirstLibraryRows`, what the library store
 * paints first), then, timed apart, the ids of the whole reading list by keys
 * (`listArticleIds`, which the store reads next for scrolling). Baseline: raw IndexedDB,
 * opening the same database and reading the first 30 rows of the same index with a cursor.
 */
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import {
  ARTICLE_SORT_FIELDS,
  articleListIndex,
  DATABASE_NAME,
  GlossDatabase,
} from '@renderer/db/database'
import { FIRST_PAGE_ROWS, listArticleIds, readFirstLibraryRows } from '@renderer/db/library-queries'
import { newArticleRecord } from '@renderer/db/library-rows'

/** The rows the library view shows on its first screen. */
const FIRST_ROWS = FIRST_PAGE_ROWS

function article(i: number): Article {
  const title = `Article number ${i} of the bench library`
  const result = parseArticle(`${title}\n\nA paragraph of article ${i}.\n`, { id: `bench-${i}` })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/**
 * Fill the app's database with `size` articles in the reading list.
 *
 * @param size - how many
 * @returns how many rows `articles` holds
 */
export async function seedLibrary(size: number): Promise<number> {
  const db = new GlossDatabase()
  try {
    const rows = Array.from({ length: size }, (_, i) =>
      newArticleRecord({
        article: article(i),
        origin: 'file',
        addedAt: 1_700_000_000_000 + i * 60_000,
        contentHash: `bench-${i}`,
      }),
    )
    await db.articles.bulkPut(rows)
    return await db.articles.count()
  } finally {
    db.close()
  }
}

/** What Gloss's open took (ms): to the first rows, by step, and the whole list's ids after. */
export interface GlossOpen {
  readonly ms: number
  readonly openMs: number
  readonly rowsMs: number
  readonly rows: number
  readonly idsMs: number
  readonly ids: number
}

/** Gloss: open, the first rows (the first paint's reads); then, apart, every id of the list. */
export async function openWithGloss(): Promise<GlossOpen> {
  const start = performance.now()
  const db = new GlossDatabase()
  try {
    await db.open()
    const opened = performance.now()
    const query = { shelf: 'reading', sort: 'added', readState: 'all', tag: null } as const
    const first = await readFirstLibraryRows(db, query)
    const end = performance.now()
    const ids = await listArticleIds(db, query)
    const listed = performance.now()
    return {
      ...{ ms: end - start, openMs: opened - start, rowsMs: end - opened },
      ...{ rows: first?.length ?? 0, idsMs: listed - end, ids: ids.length },
    }
  } finally {
    db.close()
  }
}

function request<T>(req: IDBRequest<T> | IDBOpenDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

/** Baseline: raw IndexedDB, the first rows of the same index, newest first. */
export async function openRaw(): Promise<{ ms: number; rows: number }> {
  const start = performance.now()
  const db = await request<IDBDatabase>(indexedDB.open(DATABASE_NAME))
  try {
    const index = db
      .transaction('articles', 'readonly')
      .objectStore('articles')
      .index(articleListIndex(ARTICLE_SORT_FIELDS[0], false))
    const range = IDBKeyRange.bound(['reading', -Infinity], ['reading', [[]]])
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const found: unknown[] = []
      const cursor = index.openCursor(range, 'prev')
      cursor.onerror = () => reject(cursor.error ?? new Error('cursor failed'))
      cursor.onsuccess = () => {
        const at = cursor.result
        if (at && found.length < FIRST_ROWS) {
          found.push(at.value)
          at.continue()
        } else resolve(found)
      }
    })
    return { ms: performance.now() - start, rows: rows.length }
  } finally {
    db.close()
  }
}

/** For scale: raw IndexedDB, every primary key of the reading list's index (`getAllKeys`). */
export async function rawIds(): Promise<{ ms: number; ids: number }> {
  const start = performance.now()
  const db = await request<IDBDatabase>(indexedDB.open(DATABASE_NAME))
  try {
    const index = db
      .transaction('articles', 'readonly')
      .objectStore('articles')
      .index(articleListIndex(ARTICLE_SORT_FIELDS[0], false))
    const range = IDBKeyRange.bound(['reading', -Infinity], ['reading', [[]]])
    const ids = await request<IDBValidKey[]>(index.getAllKeys(range))
    return { ms: performance.now() - start, ids: ids.length }
  } finally {
    db.close()
  }
}
