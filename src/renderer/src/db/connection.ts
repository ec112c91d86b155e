/**
 * Opening the database, and what the app learns from it: a database to read and write, one to
 * read only (a newer Gloss wrote it: changing it could corrupt data that version relies on), or
 * none (IndexedDB refused). The app keeps working in every case and says what will not be kept.
 */
import type { App, InjectionKey } from 'vue'
import { inject } from 'vue'
import {
  DATABASE_NAME,
  GlossDatabase,
  SCHEMA_VERSION,
  type IndexedDbDependencies,
} from './database'
import { isDiskFull } from './disk-full'

export interface DatabaseConnection {
  /** Null when no database could be opened at all. */
  readonly db: GlossDatabase | null
  /** False when changes must not be written (a newer version's database, or none). */
  readonly writable: boolean
  /** What the user should know about storage, or null when everything will be kept. */
  readonly problem: string | null
  /** True when there was no database before this open: a first start, or one the browser lost. */
  readonly created?: boolean
}

export const NEWER_VERSION_PROBLEM =
  'Your reading data was saved by a newer version of Gloss. This version shows it but will not ' +
  'change it, so settings and reading positions you change now will not be kept. Update Gloss ' +
  'to go on working with it.'

/** Dexie stores version n as IndexedDB version 10n. */
const DEXIE_VERSION_FACTOR = 10

function browserIndexedDb(): IndexedDbDependencies | null {
  if (typeof indexedDB === 'undefined' || typeof IDBKeyRange === 'undefined') return null
  return { indexedDB, IDBKeyRange }
}

/** The schema version on disk (0 if there is no database yet), read without opening it. */
async function storedSchemaVersion(factory: IDBFactory): Promise<number> {
  const databases = await factory.databases()
  const stored = databases.find((info) => info.name === DATABASE_NAME)
  return (stored?.version ?? 0) / DEXIE_VERSION_FACTOR
}

async function openAsStored(dependencies: IndexedDbDependencies): Promise<DatabaseConnection> {
  const db = new GlossDatabase(dependencies, 'as-stored')
  await db.open()
  return { db, writable: false, problem: NEWER_VERSION_PROBLEM }
}

/** `UnknownError: …`, first line only: Dexie repeats its inner error on the lines after. */
function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return text.split('\n')[0].trim()
}

/**
 * Open the Gloss database, upgrading it to this code's schema if it is older. Never rejects.
 *
 * @param dependencies - IndexedDB implementation (omit for the browser's own)
 */
export async function openDatabase(
  dependencies: IndexedDbDependencies | null = browserIndexedDb(),
): Promise<DatabaseConnection> {
  if (!dependencies) {
    return { db: null, writable: false, problem: unavailable('IndexedDB is not available') }
  }
  try {
    if ((await storedSchemaVersion(dependencies.indexedDB)) > SCHEMA_VERSION) {
      return await openAsStored(dependencies)
    }
    const db = new GlossDatabase(dependencies)
    // Dexie populates a database only when this open created it (not from a listing made
    // before, which a deletion still under way would contradict).
    let created = false
    db.on('populate', () => {
      created = true
    })
    await db.open()
    return { db, writable: true, problem: null, created }
  } catch (error) {
    // A newer Gloss upgraded the database between our version check and our open.
    if (error instanceof Error && error.name === 'VersionError') {
      return openAsStored(dependencies).catch((retry: unknown) => failed(retry))
    }
    return failed(error)
  }
}

function unavailable(reason: string): string {
  return (
    `Gloss could not open its storage (${reason}), so settings and reading positions ` +
    'will not be kept after you close it.'
  )
}

/**
 * The database is there but would not open: a full disk ("Encountered full disk while opening
 * backing store"), or storage the browser reports as damaged ("Internal error opening backing
 * store"). What is stored is untouched: Gloss neither deletes nor re-creates it.
 */
function failed(error: unknown): DatabaseConnection {
  const why = isDiskFull(error) ? 'because the disk is full' : `(${describe(error)})`
  const problem =
    `Gloss could not open your saved highlights and notes ${why}. Nothing of them is changed: ` +
    'free some space, then restart Gloss. What you do until then is not kept.'
  return { db: null, writable: false, problem }
}

const DATABASE_KEY: InjectionKey<Promise<DatabaseConnection>> = Symbol('gloss-database')

/**
 * Make a connection (usually `openDatabase()`) available to the app's stores.
 *
 * @param app - the Vue app
 * @param connection - the connection being opened
 */
export function provideDatabase(app: App, connection: Promise<DatabaseConnection>): void {
  app.provide(DATABASE_KEY, connection)
}

/** The connection provided to the app; call inside a store's or component's setup. */
export function injectDatabase(): Promise<DatabaseConnection> {
  const connection = inject(DATABASE_KEY)
  if (!connection) throw new Error('No database was provided to the app (provideDatabase).')
  return connection
}
