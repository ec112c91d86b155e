/**
 * An annotations file → what the host hands the page, the same on both hosts: a ZIP (an
 * Omnivore export, told by its first bytes, not its name) as its bytes, up to
 * MAX_IMPORT_ZIP_BYTES; anything else as UTF-8 text, up to MAX_FILE_CHARS bytes (UTF-8 never
 * takes fewer bytes than UTF-16 code units, so the byte limit keeps the character limit). The
 * hosts read the first bytes, choose the limit, refuse a larger file before reading it, then
 * hand over the whole file through `openedAnnotationsFile`.
 */
import { decodeUtf8 } from './decode-utf8'
import { MAX_FILE_CHARS, MAX_IMPORT_ZIP_BYTES, type OpenedFile } from './host'

/** How many first bytes tell a ZIP. */
export const ZIP_HEAD_BYTES = 4

/** Whether the bytes start as a ZIP file does: a local file header, `PK\x03\x04`. */
export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** @param head - the file's first ZIP_HEAD_BYTES bytes (fewer for a shorter file) */
export function annotationsFileLimit(head: Uint8Array): number {
  return startsLikeZip(head) ? MAX_IMPORT_ZIP_BYTES : MAX_FILE_CHARS
}

/**
 * @param name - the file's name
 * @param bytes - the whole file, read within its limit
 */
export function openedAnnotationsFile(name: string, bytes: Uint8Array): OpenedFile {
  if (startsLikeZip(bytes)) return { name, content: '', unreadable: 0, bytes }
  const { text, unreadable } = decodeUtf8(bytes)
  return { name, content: text, unreadable }
}
