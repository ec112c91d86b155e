/**
 * A write through the storage store, with the reason it failed in words a reader can take in
 * (`the disk is full`), for flows that must say "Nothing was imported: …" in their own alert
 * rather than only in the app's storage notice.
 */
import { isDiskFull } from './disk-full'
import type { GlossDatabase } from './database'

/** `useStorageStore().write`: runs database work, resolves whether it was written. */
export type StorageWrite = (work: (db: GlossDatabase) => Promise<void>) => Promise<boolean>

/**
 * Run a write and explain a failure.
 *
 * @param write - the storage store's `write`
 * @param work - database work only
 * @param unwritable - why, when nothing was tried (no database, or a read-only one)
 * @returns null when it was written, else why not, without a final full stop
 */
export async function writeExplained(
  write: StorageWrite,
  work: (db: GlossDatabase) => Promise<void>,
  unwritable: () => string,
): Promise<string | null> {
  let failure: unknown = undefined
  const written = await write(async (db) => {
    try {
      await work(db)
    } catch (cause) {
      failure = cause
      throw cause
    }
  })
  if (written) return null
  if (failure === undefined) return unwritable().replace(/\.$/, '')
  if (isDiskFull(failure)) return 'the disk is full'
  return (failure instanceof Error ? failure.message : String(failure)).replace(/\.$/, '')
}
