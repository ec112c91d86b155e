/**
 * Transactions that must reach the disk before they count: imports and restores. Dexie sets
 * IndexedDB's durability hint per database object, not per transaction, and strict durability
 * on every write (each note keystroke, each scroll position) would make ordinary use wait for
 * the disk; so these writes go through a second, short-lived connection to the same database,
 * opened with `chromeTransactionDurability: 'strict'`. It reads the schema as stored (it
 * declares no versions, so it can never upgrade anything), and Dexie tells live queries on the
 * app's own connection about its writes as it does for any other connection in the page.
 */
import Dexie from 'dexie'
import type { GlossDatabase } from './database'

/**
 * Run database work on a connection whose transactions commit with strict durability, then
 * close it. Rejects with what the work rejected with (a full disk: see `disk-full.ts`).
 *
 * @param db - the app's open database, whose IndexedDB implementation is used
 * @param work - database work only, through `strict.table(name)`
 */
export async function withStrictDurability<T>(
  db: GlossDatabase,
  work: (strict: Dexie) => Promise<T>,
): Promise<T> {
  const strict = new Dexie(db.name, {
    indexedDB: db._options.indexedDB,
    IDBKeyRange: db._options.IDBKeyRange,
    chromeTransactionDurability: 'strict',
    cache: 'disabled',
  })
  try {
    await strict.open()
    return await work(strict)
  } finally {
    strict.close()
  }
}
