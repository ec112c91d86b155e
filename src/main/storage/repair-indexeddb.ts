/**
 * At start, before any window opens a database: every IndexedDB folder in the profile whose
 * newest LevelDB log ends in a torn write (a write the full disk cut short, see leveldb-log.ts)
 * is copied aside and its log cut back to the last complete record. What is cut was a write
 * that failed and was reported as failed; everything saved before it is kept, where otherwise
 * Chromium would discard the whole database two starts later. Anything else that looks wrong is
 * left as it is. Never throws: a repair that cannot be made must not stop Gloss from starting.
 */
import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { readLogTail } from './leveldb-log'

/** The file operations the repair uses; tests may inject failures. */
export interface RepairFs {
  readdir(path: string): Promise<string[]>
  readFile(path: string): Promise<Uint8Array>
  truncate(path: string, length: number): Promise<void>
  cp(from: string, to: string, options: { recursive: true; errorOnExist: true }): Promise<void>
  rm(path: string, options: { recursive: true; force: true }): Promise<void>
}

/** Where copies of repaired folders go, inside the profile. */
export const REPAIR_COPIES_DIR = 'IndexedDB repairs'

export interface LogRepair {
  readonly log: string
  /** Bytes kept, and bytes of the torn write cut off. */
  readonly kept: number
  readonly cut: number
  /** The copy of the folder as it was, or null when it could not be made. */
  readonly copy: string | null
}

/** `000003.log` over `000001.log`: the live log has the highest number. */
function newestLog(files: readonly string[]): string | undefined {
  const logs = files.filter((name) => /^\d+\.log$/.test(name))
  return logs.sort((a, b) => Number.parseInt(b, 10) - Number.parseInt(a, 10))[0]
}

/**
 * @param userData - the profile folder (`app.getPath('userData')`)
 * @param now - when, for the copies' folder name
 * @param fs - file operations; Node's by default
 * @returns the repairs made
 */
export async function repairTornIndexedDbLogs(
  userData: string,
  now: Date,
  fs: RepairFs = nodeFs,
): Promise<LogRepair[]> {
  const root = join(userData, 'IndexedDB')
  let folders: string[]
  try {
    folders = (await fs.readdir(root)).filter((name) => name.endsWith('.leveldb'))
  } catch {
    return [] // No IndexedDB yet: a first start.
  }
  const repairs: LogRepair[] = []
  for (const folder of folders) {
    try {
      const dir = join(root, folder)
      const name = newestLog(await fs.readdir(dir))
      if (!name) continue
      const log = join(dir, name)
      const bytes = await fs.readFile(log)
      const tail = readLogTail(bytes)
      if (tail.kind === 'damaged') {
        console.warn(`Gloss: ${log} looks damaged at byte ${tail.at}; left as it is.`)
      }
      if (tail.kind !== 'torn') continue
      const stamp = now.toISOString().replace(/[:.]/g, '-')
      const copy = join(userData, REPAIR_COPIES_DIR, stamp, folder)
      let copied: string | null = copy
      try {
        await fs.cp(dir, copy, { recursive: true, errorOnExist: true })
      } catch (cause) {
        // The disk may still be full: the cut is made anyway (it is what keeps the data), and
        // no half copy is left behind.
        console.warn(`Gloss could not copy ${dir} before mending it:`, cause)
        await fs.rm(copy, { recursive: true, force: true }).catch(() => undefined)
        copied = null
      }
      await fs.truncate(log, tail.keep)
      repairs.push({ log, kept: tail.keep, cut: bytes.length - tail.keep, copy: copied })
    } catch (cause) {
      console.warn(`Gloss could not check the IndexedDB folder ${folder}:`, cause)
    }
  }
  return repairs
}
