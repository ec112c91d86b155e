/**
 * Where library search keeps its index between starts: a database of its own, `gloss-search`,
 * so the Gloss schema never changes for it. What it holds is derived (it can always be built
 * again from the library), so it has no upgrades: a snapshot of another format is simply not
 * used (`LibraryIndex.restore`) and is overwritten by the next save. One row, written whole in
 * one put, so a snapshot is never half saved.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { IndexSnapshot } from '@renderer/search/search-index'
import type { IndexedDbDependencies } from './database'

export const SEARCH_DATABASE_NAME = 'gloss-search'

interface SnapshotRecord {
  readonly name: 'library'
  readonly snapshot: IndexSnapshot
}

class SearchSnapshotDatabase extends Dexie {
  declare snapshots: EntityTable<SnapshotRecord, 'name'>

  constructor(dependencies?: IndexedDbDependencies) {
    super(SEARCH_DATABASE_NAME, dependencies)
    this.version(1).stores({ snapshots: 'name' })
  }
}

/** Loading and saving the library index's snapshot. */
export interface SnapshotStore {
  /** The saved snapshot; undefined when none was saved (or it could not be read). */
  load(): Promise<IndexSnapshot | undefined>
  save(snapshot: IndexSnapshot): Promise<void>
}

/** @param dependencies - IndexedDB implementation (omit for the browser's own) */
export function openSnapshotStore(dependencies?: IndexedDbDependencies): SnapshotStore {
  const db = new SearchSnapshotDatabase(dependencies)
  return {
    async load() {
      return (await db.snapshots.get('library'))?.snapshot
    },
    async save(snapshot) {
      await db.snapshots.put({ name: 'library', snapshot })
    },
  }
}
