/**
 * At start, once the database is open: a database that is new although a library existed was
 * discarded by the browser (what Chromium does to one a full disk damaged, db/disk-full.ts).
 * The rescue copy (keep-rescue-copy.ts), if there is one, is restored into the new database and
 * the reader told from when it dates; if there is none, the reader is told plainly that the
 * saved data is gone, never left to find an empty sidebar without a word.
 */
import type { DatabaseConnection } from '@renderer/db/connection'
import { countAllData, replaceAllData } from '@renderer/db/backup'
import type { LibraryMarks } from './library-marks'
import type { RescueCopy } from './rescue-copy'

/** The backup format loads only when a rescue is needed, not with every start. */
const backupFile = () => import('@renderer/backup/backup-file')

export const LOST_MESSAGE =
  'Your saved highlights and notes are gone: the browser discarded its storage, which happens ' +
  'after the disk was full. If you have a Gloss backup, restore it from Reading settings.'

function restoredMessage(n: number, copiedAt: Date): string {
  const when = copiedAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })
  return (
    `Gloss brought back ${n.toLocaleString('en')} highlight${n === 1 ? '' : 's'} and your ` +
    `notes as they were on ${when}: the browser had discarded its storage after the disk was full.`
  )
}

/**
 * @param connection - the database as opened
 * @param marks - what earlier starts noted
 * @param rescue - where the rescue copy is, or null where there is no such place
 * @returns the connection, with what the reader should know as its problem
 */
export async function rescueOnStart(
  connection: DatabaseConnection,
  marks: LibraryMarks,
  rescue: RescueCopy | null,
): Promise<DatabaseConnection> {
  const { db } = connection
  if (!db || !connection.writable) return connection
  try {
    if (connection.created && marks.libraryExisted()) {
      const copy = rescue && (await rescue.read())
      const backup = copy ? (await backupFile()).readBackup(copy) : null
      if (!backup?.ok) return { ...connection, problem: LOST_MESSAGE }
      await replaceAllData(db, backup.value.data)
      const { data, exportedAt } = backup.value
      return { ...connection, problem: restoredMessage(data.annotations.length, exportedAt) }
    }
    const counts = await countAllData(db)
    if (counts.annotations + counts.articleNotes > 0) marks.markLibraryExists()
  } catch (cause) {
    console.error('Gloss could not check or rescue its saved data:', cause)
  }
  return connection
}
