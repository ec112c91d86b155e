/**
 * Test helpers: a fresh, isolated fake IndexedDB per call, for tests of anything that opens the
 * Gloss database, and a database left behind by a newer Gloss. A test that follows live queries
 * closes its database when it ends, so its queries stop before the next test's begin.
 */
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { DATABASE_NAME, SCHEMA_VERSION, type IndexedDbDependencies } from './database'

export function freshIndexedDb(): IndexedDbDependencies {
  const indexedDB = new IDBFactory()
  // Dexie's liveQuery runs its query only where a global IndexedDB exists (it checks
  // `Dexie.dependencies`, not the database's own); happy-dom has none. Any factory will do: the
  // query itself reads through the database it was given.
  Dexie.dependencies.indexedDB ??= indexedDB
  // Dexie caches live query results per database name, across instances: every test's database
  // is called `gloss`, so start each one without what an earlier test's database returned.
  for (const key of Object.keys(Dexie.cache)) delete Dexie.cache[key]
  return { indexedDB, IDBKeyRange }
}

/**
 * Leave a database as a newer Gloss would: one schema version ahead, with a table this code
 * does not know and the given reading settings saved.
 *
 * @param dependencies - the fake IndexedDB to write into
 * @param reading - the value of the `reading` setting
 */
export async function writeNewerVersionDatabase(
  dependencies: IndexedDbDependencies,
  reading: unknown,
): Promise<void> {
  const newer = new Dexie(DATABASE_NAME, dependencies)
  newer.version(SCHEMA_VERSION + 1).stores({
    settings: 'key',
    readingPositions: 'articleId',
    annotations: 'id, articleId',
    articleNotes: 'articleId',
    collections: 'id',
  })
  await newer.table('settings').put({ key: 'reading', value: reading })
  newer.close()
}

/** What Gloss 0.1 (schema version 1) kept: settings and reading positions. */
export interface Version1Rows {
  readonly settings: readonly { key: string; value: unknown }[]
  readonly readingPositions: readonly { articleId: string; [field: string]: unknown }[]
}

/**
 * Leave a database as schema version 1 wrote it, declared the way version 1 declared it.
 *
 * @param dependencies - the fake IndexedDB to write into
 * @param rows - the rows to store
 */
export async function writeVersion1Database(
  dependencies: IndexedDbDependencies,
  rows: Version1Rows,
): Promise<void> {
  const old = new Dexie(DATABASE_NAME, dependencies)
  old.version(1).stores({ settings: 'key', readingPositions: 'articleId' })
  await old.table('settings').bulkPut([...rows.settings])
  await old.table('readingPositions').bulkPut([...rows.readingPositions])
  old.close()
}

/** What Gloss 0.2 (schema version 2) kept: version 1's rows, highlights and article notes. */
export interface Version2Rows extends Version1Rows {
  readonly annotations: readonly { readonly id: string; readonly articleId: string }[]
  readonly articleNotes: readonly { readonly articleId: string }[]
}

/**
 * Leave a database as schema version 2 wrote it, declared the way versions 1 and 2 declared it
 * (a copy: `database.ts` may change, what Gloss 0.2 wrote does not).
 *
 * @param dependencies - the fake IndexedDB to write into
 * @param rows - the rows to store
 */
export async function writeVersion2Database(
  dependencies: IndexedDbDependencies,
  rows: Version2Rows,
): Promise<void> {
  const old = new Dexie(DATABASE_NAME, dependencies)
  old.version(1).stores({ settings: 'key', readingPositions: 'articleId' })
  old.version(2).stores({
    annotations: 'id, articleId, [articleId+target.position.start], updatedAt, *tags',
    articleNotes: 'articleId',
  })
  await old.table('settings').bulkPut([...rows.settings])
  await old.table('readingPositions').bulkPut([...rows.readingPositions])
  await old.table('annotations').bulkPut([...rows.annotations])
  await old.table('articleNotes').bulkPut([...rows.articleNotes])
  old.close()
}

/** What Gloss 0.3 (schema version 3) kept: version 2's rows and the library. */
export interface Version3Rows extends Version2Rows {
  /** Rows as version 3 stored them (`ArticleRecord`, its bodies and pictures then). */
  readonly articles: readonly object[]
  readonly articleBodies: readonly object[]
  /** Absent: no pictures. */
  readonly articleImages?: readonly object[]
}

/**
 * Leave a database as schema version 3 wrote it, declared the way versions 1 to 3 declared it
 * (a copy, as for version 2).
 *
 * @param dependencies - the fake IndexedDB to write into
 * @param rows - the rows to store
 */
export async function writeVersion3Database(
  dependencies: IndexedDbDependencies,
  rows: Version3Rows,
): Promise<void> {
  const old = new Dexie(DATABASE_NAME, dependencies)
  old.version(1).stores({ settings: 'key', readingPositions: 'articleId' })
  old.version(2).stores({
    annotations: 'id, articleId, [articleId+target.position.start], updatedAt, *tags',
    articleNotes: 'articleId',
  })
  const lists = ['addedAt', 'openedAt', 'sortTitle'].flatMap((field) => [
    `[shelf+${field}]`,
    `[shelf+readState+${field}]`,
  ])
  old.version(3).stores({
    articles: ['id', ...lists, 'normalizedUrl', 'contentHash', 'trashedAt', '*tags'].join(', '),
    articleBodies: 'id',
    articleImages: '[articleId+name], articleId',
  })
  for (const [table, tableRows] of Object.entries(rows)) {
    await old.table(table).bulkPut([...(tableRows as readonly unknown[])])
  }
  old.close()
}
