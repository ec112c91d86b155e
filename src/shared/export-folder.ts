/**
 * Exporting into a folder the user chose (the desktop app's Export all): the names main accepts
 * for the files it writes there, and the manifest it keeps beside them. A name must be a plain
 * file name that `safeFileName` leaves as it is (no folder, no `..`, nothing reserved on any OS)
 * and that does not start with a dot (the manifest and atomic writes' temporary files do), so
 * every file lands directly inside the folder. Two names that differ only in case (or Unicode
 * form) are one file on Windows and macOS, so they count as the same name.
 */
import { MAX_FILE_CHARS, MAX_FILE_PARTS } from './host'
import { safeFileName } from './safe-file-name'

/** The manifest: each file's SHA-256 as Gloss last wrote it, so a file the user changed is told. */
export const EXPORT_MANIFEST_NAME = '.gloss-export.json'
/** Most files in one export. */
export const MAX_EXPORT_FILES = 10_000
/** Most characters of all the files of one export together. */
export const MAX_EXPORT_CHARS = MAX_FILE_CHARS * MAX_FILE_PARTS

/**
 * The key two names collide on: a folder that ignores case (and Unicode form) sees one file.
 *
 * @param name - a file name
 */
export function fileNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase()
}

/**
 * Whether main may write a file of this name into a chosen folder.
 *
 * @param name - the name the page asks for
 */
export function isPlainExportFileName(name: string): boolean {
  return name !== '' && !name.startsWith('.') && safeFileName(name) === name
}
