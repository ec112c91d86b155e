/**
 * Test helper: a fresh, isolated fake IndexedDB per call, for tests of anything that opens the
 * Gloss database.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { IndexedDbDependencies } from './database'

export function freshIndexedDb(): IndexedDbDependencies {
  return { indexedDB: new IDBFactory(), IDBKeyRange }
}
