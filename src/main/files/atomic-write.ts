/**
 * Writes a file so that readers (and a crash) see either the old content or the new, never half
 * of either: the text (or bytes) goes to a temporary file in the same folder, is flushed to disk, then
 * renamed over the target (a rename within one folder is atomic). If anything fails, the
 * temporary file is removed and the existing file is left as it was. A symlink is written
 * through, to the file it points at (the rename would otherwise replace the link itself with a
 * plain file), and a read-only file is refused, never replaced (a rename ignores its mode).
 */
import { randomUUID } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** The file operations the writer uses; tests inject failures through it. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WritableFile>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: boolean }): Promise<void>
  stat(path: string): Promise<{ mode: number }>
  lstat(path: string): Promise<{ isSymbolicLink(): boolean }>
  realpath(path: string): Promise<string>
}

/** The error a read-only target is refused with (file-errors.ts words it). */
export const READ_ONLY_FILE = 'GLOSS_READ_ONLY_FILE'

export interface WritableFile {
  writeFile(data: string | Uint8Array, encoding: 'utf8'): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** Temporary files start with this, so a leftover from a power cut is recognisable. */
export const TEMP_FILE_PREFIX = '.gloss-'

const nodeAtomicFs: AtomicWriteFs = nodeFs

/** The file a path names, through any symlinks; the path itself when nothing is there yet. */
async function fileAt(fs: AtomicWriteFs, target: string): Promise<string> {
  try {
    return await fs.realpath(target)
  } catch (cause) {
    // A link to nothing: writing would make a new file somewhere the reader did not choose.
    const link = await fs.lstat(target).then(
      (info) => info.isSymbolicLink(),
      () => false,
    )
    if (link) throw Object.assign(new Error(`${target} links to nothing`), { code: 'ENOENT' })
    if ((cause as { code?: unknown }).code === 'ENOENT') return target
    throw cause
  }
}

/** The mode a replacement keeps: the old file's permissions, or the default for a new file. */
async function modeOf(fs: AtomicWriteFs, target: string): Promise<number> {
  let mode: number
  try {
    mode = (await fs.stat(target)).mode & 0o777
  } catch {
    return 0o666
  }
  if ((mode & 0o222) === 0) {
    throw Object.assign(new Error(`${target} is read-only`), { code: READ_ONLY_FILE })
  }
  return mode
}

/** Make the rename itself durable; not possible (nor needed) on Windows, so failures are fine. */
async function syncFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // The data is already on disk; only the folder entry's durability is best effort.
  }
}

/**
 * Replace (or create) `target` with `content`, atomically.
 *
 * @param target - absolute path of the file to write
 * @param content - the text, or its parts in order, written as UTF-8; or bytes, as they are
 * @param fs - file operations; Node's by default
 */
export async function writeFileAtomic(
  target: string,
  content: string | readonly string[] | Uint8Array,
  fs: AtomicWriteFs = nodeAtomicFs,
): Promise<void> {
  const file = await fileAt(fs, target)
  const mode = await modeOf(fs, file)
  const folder = dirname(file)
  const temp = join(folder, `${TEMP_FILE_PREFIX}${randomUUID()}.tmp`)
  try {
    // `wx`: fail rather than follow a symlink or reuse a file someone planted at that name.
    const handle = await fs.open(temp, 'wx', mode)
    try {
      // Each writeFile on a handle continues where the last one ended.
      const parts =
        typeof content === 'string' || content instanceof Uint8Array ? [content] : content
      for (const part of parts) {
        await handle.writeFile(part, 'utf8')
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, file)
  } catch (cause) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw cause
  }
  await syncFolder(fs, folder)
}
