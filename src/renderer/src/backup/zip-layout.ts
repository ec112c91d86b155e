/**
 * How a ZIP backup (versions 2 and 3) is laid out, shared by its writer and its reader: the
 * names of its parts (`manifest.json`, `data.json`, one `images/<article>/<name>` file per
 * picture, and, from version 3, one `versions/<version>/<name>` file per picture of an
 * article's previous version; both segments percent-encoded so no id or name can make a folder of its own or climb
 * out of one), and the limits that keep a hostile ZIP from taking all memory: the size of each
 * part, of everything unpacked together, and how many files there may be. The writer keeps the
 * same limits, so every backup Gloss writes can be read back.
 */
import { MAX_BACKUP_BYTES, MAX_PAGE_FOLDER_BYTES } from '@shared/host'
import { MAX_BACKUP_CHARS } from './backup-format'

export const MANIFEST_NAME = 'manifest.json'
export const DATA_NAME = 'data.json'
const IMAGES_FOLDER = 'images/'
const VERSIONS_FOLDER = 'versions/'

/** Largest `manifest.json`, in bytes: a few hundred are written. */
export const MAX_MANIFEST_BYTES = 64 * 1024
/** Largest `data.json`, in bytes (UTF-8 never takes fewer bytes than UTF-16 code units). */
export const MAX_DATA_BYTES = MAX_BACKUP_CHARS
/** Largest picture, in bytes: what an added page may bring with it. */
export const MAX_IMAGE_BYTES = MAX_PAGE_FOLDER_BYTES
/** Largest total of every part unpacked, in bytes: pictures are stored, and JSON packs well. */
export const MAX_UNZIPPED_BYTES = MAX_BACKUP_BYTES + MAX_DATA_BYTES
/** Most files in one backup. */
export const MAX_ZIP_ENTRIES = 200_000

/**
 * The file name of one picture in the ZIP.
 *
 * @param articleId - the article it belongs to
 * @param name - its name in the article's blocks
 */
export function imagePath(articleId: string, name: string): string {
  return `${IMAGES_FOLDER}${encodeURIComponent(articleId)}/${encodeURIComponent(name)}`
}

/**
 * The file name of one picture of a previous version in the ZIP.
 *
 * @param versionId - the version it belongs to
 * @param name - its name in the version's blocks
 */
export function versionImagePath(versionId: string, name: string): string {
  return `${VERSIONS_FOLDER}${encodeURIComponent(versionId)}/${encodeURIComponent(name)}`
}

/** Which part of a backup a ZIP entry is. */
export type ZipPart = 'manifest' | 'data' | 'image'

/**
 * Which part a file name is, or null for a name Gloss never writes (a folder, a path that
 * climbs out with `..`, a backslash, an absolute path, anything else).
 *
 * @param name - an entry's name as the ZIP gives it
 */
export function partOf(name: string): ZipPart | null {
  if (name === MANIFEST_NAME) return 'manifest'
  if (name === DATA_NAME) return 'data'
  // Exactly two encoded segments, neither empty: encodeURIComponent leaves no `/` or `\`.
  const picture = /^(images|versions)\/[^/\\]+\/[^/\\]+$/.test(name)
  return picture && !/\/\.{1,2}(\/|$)/.test(name) ? 'image' : null
}
