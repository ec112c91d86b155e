/**
 * Writing a version 3 backup: a ZIP (fflate) of `data.json` (every row, `backup-data.ts`),
 * deflated, then every picture as its own file under `images/` (and a previous version's under
 * `versions/`), stored as it is (pictures are compressed already), then `manifest.json` (format, version, the Gloss that made it, when,
 * and how many of each thing it holds). The work is done in slices with pauses (`sliced`):
 * fflate's own asynchronous API runs in Web Workers made from `blob:` URLs, which the app's
 * Content Security Policy does not allow. A library larger than a backup may be is refused
 * before it is saved, with the size it would need.
 */
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate'
import { MAX_BACKUP_BYTES } from '@shared/host'
import { err, ok, type Result } from '@shared/result'
import { version as appVersion } from '../../../../package.json'
import { dataPieces, type FullData } from './backup-data'
import { BACKUP_FORMAT, ZIP_BACKUP_VERSION, megabytes } from './backup-format'
import type { BackupManifest } from './backup-manifest'
import { sliced } from './time-slices'
import {
  DATA_NAME,
  MANIFEST_NAME,
  MAX_DATA_BYTES,
  MAX_UNZIPPED_BYTES,
  imagePath,
  versionImagePath,
} from './zip-layout'

/** A new backup's bytes, and how many stored rows it leaves out because they could not be restored. */
export interface WrittenZip {
  readonly bytes: Uint8Array
  readonly leftOut: number
}

/** How far a backup is: the share of its pictures written (null while writing the rows). */
export type BackupProgress = (fraction: number | null) => void

/** Bytes pushed into the ZIP at a time: deflating or checksumming them takes a few milliseconds. */
const SLICE_BYTES = 1024 * 1024

/** Push `bytes` into a file of the ZIP a slice at a time, pausing between slices. */
async function pushSliced(
  file: { push(chunk: Uint8Array, final: boolean): void },
  bytes: Uint8Array,
  final: boolean,
  pause: () => Promise<void>,
): Promise<void> {
  for (let at = 0; at < bytes.length || at === 0; at += SLICE_BYTES) {
    file.push(bytes.subarray(at, at + SLICE_BYTES), final && at + SLICE_BYTES >= bytes.length)
    await pause()
  }
}

const tooLarge = (what: string, limit: number): string =>
  `Your ${what} is larger than a backup may hold (${megabytes(limit)}), so no backup was saved.`

/**
 * Build the backup of what is stored.
 *
 * @param data - every table's rows, from `readAllData(db, { withLibrary: true })`
 * @param createdAt - now
 * @param progress - told how far the pictures are
 */
export async function writeBackupZip(
  data: FullData,
  createdAt: Date,
  progress: BackupProgress = () => undefined,
): Promise<Result<WrittenZip, string>> {
  const pause = sliced()
  const chunks: Uint8Array[] = []
  let zipped = 0
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else {
      chunks.push(chunk)
      zipped += chunk.length
    }
  })
  const add = (file: ZipInputFile & { push(chunk: Uint8Array, final: boolean): void }) => {
    zip.add(file)
    return file
  }

  progress(null)
  const encoder = new TextEncoder()
  const dataFile = add(new ZipDeflate(DATA_NAME, { level: 6 }))
  const pieces = dataPieces(data)
  let dataBytes = 0
  let next = pieces.next()
  while (!next.done) {
    const bytes = encoder.encode(next.value)
    dataBytes += bytes.length
    if (dataBytes > MAX_DATA_BYTES)
      return err(tooLarge('library’s text (articles, notes and highlights)', MAX_DATA_BYTES))
    await pushSliced(dataFile, bytes, false, pause)
    next = pieces.next()
  }
  dataFile.push(new Uint8Array(0), true)
  const { images, versionImages, counts, leftOut } = next.value
  const files = [
    ...images.map((row) => ({ path: imagePath(row.articleId, row.name), blob: row.blob })),
    ...versionImages.map((row) => ({
      path: versionImagePath(row.versionId, row.name),
      blob: row.blob,
    })),
  ]

  const imageBytes = files.reduce((sum, row) => sum + row.blob.size, 0)
  if (dataBytes + imageBytes > MAX_UNZIPPED_BYTES) {
    return err(tooLarge('library', MAX_UNZIPPED_BYTES))
  }
  let written = 0
  for (const row of files) {
    progress(imageBytes === 0 ? 1 : written / imageBytes)
    const file = add(new ZipPassThrough(row.path))
    const bytes = new Uint8Array(await row.blob.arrayBuffer())
    await pushSliced(file, bytes, true, pause)
    written += bytes.length
    if (zipped > MAX_BACKUP_BYTES) return err(tooLarge('library', MAX_BACKUP_BYTES))
  }
  progress(1)

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: ZIP_BACKUP_VERSION,
    appVersion,
    createdAt: createdAt.toISOString(),
    counts,
  }
  add(new ZipDeflate(MANIFEST_NAME, { level: 6 })).push(
    encoder.encode(JSON.stringify(manifest, null, 2)),
    true,
  )
  zip.end()
  if (failure) throw failure
  if (zipped > MAX_BACKUP_BYTES) return err(tooLarge('library', MAX_BACKUP_BYTES))
  // Joined by the browser, off this thread: a backup may be hundreds of megabytes.
  const bytes = new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer())
  return ok({ bytes, leftOut })
}
