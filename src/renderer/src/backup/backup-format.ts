/**
 * What every Gloss backup says about itself, whichever form it takes: the format name, the
 * versions (1: one JSON document of annotations, notes, reading places and settings, still
 * written for the rescue copy; 2: a ZIP that holds the library too; 3: the same ZIP with the
 * previous versions of updated articles), and the size limits both
 * keep so that every backup Gloss writes can be read back.
 */
import { MAX_FILE_CHARS, MAX_FILE_PARTS } from '@shared/host'

export const BACKUP_FORMAT = 'gloss-backup'
/** One JSON document, without the library (`backup-file.ts`). */
export const JSON_BACKUP_VERSION = 1
/**
 * A ZIP with the library and its pictures (`backup-zip-write.ts`, `backup-zip-read.ts`) and,
 * from 3, its articles' previous versions. Gloss writes 3 and reads 2 and 3.
 */
export const ZIP_BACKUP_VERSION = 3
/** The ZIP versions this Gloss restores. */
export const ZIP_BACKUP_VERSIONS_READ = [2, 3] as const
/** The newest version this Gloss reads; a larger one was made by a newer Gloss. */
export const NEWEST_BACKUP_VERSION = ZIP_BACKUP_VERSION

/**
 * Largest backup text read or written, in UTF-16 code units: a version 1 file, or the
 * `data.json` of a version 2 one (256 MB of ASCII JSON; the host saves text in parts). Every
 * row keeps the import limits, so no one row comes near it.
 */
export const MAX_BACKUP_CHARS = MAX_FILE_CHARS * MAX_FILE_PARTS

/** `12.0 MB` */
export const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`

/** @param version - a backup version newer than this Gloss reads */
export function newerVersionMessage(version: number): string {
  return `The backup was made by a newer version of Gloss (backup version ${version}); update Gloss to restore it.`
}
