/**
 * The rescue copy kept fresh while the disk is healthy: at most once an hour, while Gloss runs,
 * everything is written, in the backup format and a piece at a time, to the rescue copy. It is
 * made before any trouble because after a full disk nothing can be counted on: the real run
 * showed the database discarded in the very session the write failed, and the marks in
 * `localStorage` lost with it. rescue-on-start.ts brings the copy back if the database is lost.
 */
import type { GlossDatabase } from '@renderer/db/database'
import { readAllData } from '@renderer/db/backup'
import type { LibraryMarks } from './library-marks'
import type { RescueCopy } from './rescue-copy'

/** How old the copy may grow: at most this much work is lost if the browser drops the database. */
export const RESCUE_EVERY_MS = 60 * 60 * 1000

/**
 * Make a new copy if the last one is older than `RESCUE_EVERY_MS`. Never rejects.
 *
 * @param db - the open database
 * @param rescue - where the copy goes
 * @param marks - when the last one was made
 * @param now - the time now
 * @returns whether a copy was made
 */
export async function keepRescueCopy(
  db: GlossDatabase,
  rescue: RescueCopy,
  marks: LibraryMarks,
  now: Date,
): Promise<boolean> {
  const last = marks.copiedAt()
  if (last !== null && now.getTime() - last < RESCUE_EVERY_MS) return false
  try {
    // An empty library is copied too: a copy must never bring back what the reader deleted.
    const data = await readAllData(db)
    // The backup format loads with the first copy, not with the app.
    const { backupPieces } = await import('@renderer/backup/backup-file')
    await rescue.write(backupPieces(data, now))
    marks.markCopied(now.getTime())
    if (data.annotations.length + data.articleNotes.length > 0) marks.markLibraryExists()
    return true
  } catch (cause) {
    console.warn('Gloss could not update its rescue copy; the previous one stands:', cause)
    return false
  }
}
