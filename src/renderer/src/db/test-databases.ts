/**
 * Test helpers: a fresh, isolated fake IndexedDB per call, for tests of anything that opens the
 * Gloss database, and a database left behind by a newer Gloss.
 */
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { DATABASE_NAME, SCHEMA_VERSION, type IndexedDbDependencies } from './database'

export function freshIndexedDb(): IndexedDbDependencies {
  return { indexedDB: new IDBFactory(), IDBKeyRange }
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
  })
  await newer.table('settings').put({ key: 'reading', value: reading })
  newer.close()
}
