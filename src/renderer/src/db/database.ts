/**
 * The Gloss IndexedDB database, through Dexie: its name, its typed tables and every version of
 * its schema. This folder is the only Dexie importer; stores reach it through `connection.ts`
 * and the read/write modules beside it.
 *
 * Changing the schema: append a version to `declareVersions` below, never edit or delete an
 * existing one (users' databases were created by it). A version that changes the shape of
 * stored rows gets an `.upgrade(tx => ...)`, and a test that opens the previous version's data.
 * Then raise `SCHEMA_VERSION`. The schema strings list the primary key and indexed fields only.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { Annotation, ArticleNote } from '@shared/annotation'

/**
 * Name of the database. IndexedDB is per origin and per name: changing either looks to the user
 * like losing every setting and note.
 */
export const DATABASE_NAME = 'gloss'

/** The newest schema version this code declares (the last `db.version(n)` below). */
export const SCHEMA_VERSION = 2

/**
 * Keys of the `settings` table; each key holds one JSON-like value: the reading settings, and
 * the colour the reader last highlighted in (what `h` uses next).
 */
export type SettingKey = 'reading' | 'highlightColor'

/** One row of `settings`. The value is checked by its reader: it may come from another version. */
export interface SettingRecord {
  readonly key: SettingKey
  readonly value: unknown
}

/** Where the reader was in an article, kept so reopening it lands on the same passage. */
export interface ReadingPosition {
  readonly articleId: string
  /** `data-block` id of the block at the top of the reading area. */
  readonly blockId: string
  /** How far (0..1 of its height) the top of the reading area is into that block. */
  readonly blockFraction: number
  /** How far (0..1) through the article: a fallback if the block no longer exists. */
  readonly progress: number
  /** When it was saved, in milliseconds since the epoch. */
  readonly updatedAt: number
}

/** The IndexedDB implementation to use: the browser's by default, fake-indexeddb in tests. */
export interface IndexedDbDependencies {
  readonly indexedDB: IDBFactory
  readonly IDBKeyRange: typeof IDBKeyRange
}

/**
 * How to open: `declared` opens (and upgrades to) the schema this code declares; `as-stored`
 * opens whatever version is on disk without declaring or changing anything, for reading a
 * database that a newer Gloss wrote.
 */
export type SchemaMode = 'declared' | 'as-stored'

const TABLES = ['settings', 'readingPositions', 'annotations', 'articleNotes'] as const

/**
 * Index of `annotations` by article, then stored position: an article's annotations in reading
 * order, read as one key range. IndexedDB key paths may be dotted, so the index reads
 * `target.position.start` inside the stored row itself (no copy of it to keep in step).
 */
export const ANNOTATIONS_BY_POSITION = '[articleId+target.position.start]'

export class GlossDatabase extends Dexie {
  declare settings: EntityTable<SettingRecord, 'key'>
  declare readingPositions: EntityTable<ReadingPosition, 'articleId'>
  /** Highlights and their notes; written only through `annotations.ts`. */
  declare annotations: EntityTable<Annotation, 'id'>
  /** One article-level note per article; written only through `annotations.ts`. */
  declare articleNotes: EntityTable<ArticleNote, 'articleId'>

  /**
   * @param dependencies - IndexedDB implementation (omit for the browser's own)
   * @param mode - see `SchemaMode`
   */
  constructor(dependencies?: IndexedDbDependencies, mode: SchemaMode = 'declared') {
    super(DATABASE_NAME, {
      ...(dependencies && {
        indexedDB: dependencies.indexedDB,
        IDBKeyRange: dependencies.IDBKeyRange,
      }),
      // Live queries see committed data only. Dexie's cache would also show writes still in
      // flight, and may then briefly emit an older result; the annotation store shows pending
      // writes itself (an optimistic overlay) and needs live results that only move forward.
      cache: 'disabled',
    })
    if (mode === 'declared') declareVersions(this)
    else this.on('ready', () => bindStoredTables(this))
  }
}

/** Every schema version, oldest first. Append new versions at the end (see the header). */
function declareVersions(db: GlossDatabase): void {
  db.version(1).stores({
    settings: 'key',
    readingPositions: 'articleId',
  })
  // 2: highlights and notes. New tables only, so existing rows need no upgrade function.
  db.version(2).stores({
    annotations: `id, articleId, ${ANNOTATIONS_BY_POSITION}, updatedAt, *tags`,
    articleNotes: 'articleId',
  })
}

/**
 * Without declared versions Dexie reads the stored schema on open but only reaches tables
 * through `db.table(name)`; give the typed properties the tables that exist.
 */
function bindStoredTables(db: GlossDatabase): void {
  const stored = new Set(db.tables.map((table) => table.name))
  for (const name of TABLES) {
    if (stored.has(name)) Object.assign(db, { [name]: db.table(name) })
  }
}
