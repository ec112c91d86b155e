/**
 * A backup file's bytes → the rows to restore, whichever version made it: a ZIP (version 2,
 * `backup-zip-read.ts`) is told apart by its first bytes; anything else is read as the JSON of
 * version 1 (`backup-file.ts`), decoded as UTF-8 counting the characters that are not.
 */
import { decodeUtf8 } from '@shared/decode-utf8'
import { err, ok, type Result } from '@shared/result'
import { readBackup, type Backup } from './backup-file'
import { MAX_BACKUP_CHARS, megabytes } from './backup-format'
import { readBackupZip } from './backup-zip-read'

/** A checked backup, and how many characters of a JSON one were not UTF-8 (0 for a ZIP). */
export interface ReadBackup {
  readonly backup: Backup
  readonly unreadable: number
}

/** `PK\x03\x04`: a ZIP's first local file header (Gloss never writes an empty ZIP). */
const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/**
 * Read and check a backup file.
 *
 * @param bytes - the file as the host read it
 * @param progress - told the share of a ZIP unpacked so far
 * @returns the rows to restore, or one sentence saying why the file cannot be restored
 */
export async function readBackupFile(
  bytes: Uint8Array,
  progress: (fraction: number) => void = () => undefined,
): Promise<Result<ReadBackup, string>> {
  if (isZip(bytes)) {
    const backup = await readBackupZip(bytes, progress)
    return backup.ok ? ok({ backup: backup.value, unreadable: 0 }) : backup
  }
  // UTF-8 takes at most three bytes for one UTF-16 code unit: more cannot be within the limit.
  if (bytes.length > MAX_BACKUP_CHARS * 3) {
    return err(
      `The backup is too large: ${megabytes(bytes.length)}, and Gloss restores backups up to ${megabytes(MAX_BACKUP_CHARS)}.`,
    )
  }
  const { text, unreadable } = decodeUtf8(bytes)
  const backup = readBackup(text)
  return backup.ok ? ok({ backup: backup.value, unreadable }) : backup
}
