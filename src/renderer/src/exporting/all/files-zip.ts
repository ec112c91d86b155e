/**
 * Exported files → one ZIP (fflate), for the browser, which downloads one file. Each file is
 * deflated as its own entry at the ZIP's top level, pushed a slice at a time with pauses
 * between (`sliced`): fflate's asynchronous API runs in Web Workers made from `blob:` URLs,
 * which the app's Content Security Policy does not allow, so the page's own thread does the
 * work in short tasks instead, and a cancel is honoured between slices.
 */
import { Zip, ZipDeflate, type DeflateOptions } from 'fflate'
import { sliced } from '@renderer/backup/time-slices'
import { throwIfCancelled, type ExportProgress } from './library-inputs'

/** One exported file: its name (plain, no folder) and its text. */
export interface ExportedFile {
  readonly name: string
  readonly text: string
}

/** Bytes deflated at a time: a few milliseconds of work. */
const SLICE_BYTES = 256 * 1024

/**
 * The deflate memory level for a file of this size, as fflate picks it when it compresses a
 * whole buffer at once. Its streaming default (the table for a megabyte window) is allocated
 * and cleared for every file: 15 ms each, which made 500 small files take seconds.
 *
 * @param bytes - the file's length
 */
export function deflateMemory(bytes: number): NonNullable<DeflateOptions['mem']> {
  const level = Math.ceil(Math.max(8, Math.min(13, Math.log(Math.max(bytes, 1)))) * 1.5) - 12
  // 0 to 8 by construction; the type lists fflate's 0 to 12.
  return level as NonNullable<DeflateOptions['mem']>
}

/**
 * @param files - the files, with names unique in the ZIP
 * @param progress - told how many files are in
 * @param signal - the export's cancel
 * @returns the ZIP's bytes
 */
export async function zipFiles(
  files: readonly ExportedFile[],
  progress: ExportProgress = () => undefined,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const pause = sliced()
  const encoder = new TextEncoder()
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  for (const [i, file] of files.entries()) {
    const bytes = encoder.encode(file.text)
    const entry = new ZipDeflate(file.name, { level: 6, mem: deflateMemory(bytes.length) })
    zip.add(entry)
    for (let at = 0; at < bytes.length || at === 0; at += SLICE_BYTES) {
      entry.push(bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= bytes.length)
      await pause()
      throwIfCancelled(signal)
    }
    progress(i + 1, files.length)
  }
  zip.end()
  if (failure) throw failure
  // Joined by the browser, off this thread.
  return new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer())
}
