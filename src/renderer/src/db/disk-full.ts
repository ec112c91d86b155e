/**
 * A full disk, however IndexedDB and Dexie report it, and what Gloss says about it. Chromium
 * reports a full disk as a `QuotaExceededError` ("disk full while committing"), which Dexie
 * wraps in the transaction's `AbortError` (`inner`) or, for bulk writes, in a `BulkError`
 * (`failures`: "annotations.bulkAdd(): 9999 of 10000 operations failed"); a write into a full
 * LevelDB log can also fail as an `UnknownError` naming `FILE_ERROR_NO_SPACE`.
 *
 * Why a full disk stops every later write for the session: a write that fails for lack of
 * space leaves a half-written record at the end of the database's log, and whatever is written
 * after it is lost when the log is next read (on the desktop, main cuts the log back to its last
 * whole record at start: src/main/storage/; in a browser, Chromium discards the whole database,
 * in that session or a later one, and rescue/ brings back its last hourly copy). Writing on
 * would only lose more.
 */

/** What the reader is told, once, when a write found the disk full. */
export const DISK_FULL_MESSAGE =
  'The disk is full: Gloss could not save. Free some space, then restart Gloss; until then ' +
  'nothing more is saved, and what you type stays on screen.'

// "Failed to write blobs": Chromium keeps large values as files beside the database, and a full
// disk fails their write as an IOError with this message (seen on a full 64 MB disk).
const NO_SPACE = /QuotaExceeded|NO_SPACE|disk full|no space left|ENOSPC|Failed to write blobs/i

function says(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, message } = error as { name?: unknown; message?: unknown }
  return name === 'QuotaExceededError' || (typeof message === 'string' && NO_SPACE.test(message))
}

/**
 * Whether a failed write failed because the disk (or the origin's quota) is full.
 *
 * @param error - what a write rejected with
 */
export function isDiskFull(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const { inner, failures } = error as Error & { inner?: unknown; failures?: unknown }
  return says(error) || says(inner) || (Array.isArray(failures) && failures.some((f) => says(f)))
}
