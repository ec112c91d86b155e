/**
 * The files of a backup ZIP, read defensively (fflate). The ZIP's directory is read first,
 * without unpacking anything, and refused unless every file in it is a part Gloss writes
 * (`zip-layout.ts`: no folders of its own, no `..`, no absolute paths), none occurs twice,
 * `manifest.json` and `data.json` are there, and every size, alone and all together, keeps
 * its limit. Files are then unpacked a batch at a time, with pauses: each into a buffer of the
 * size the directory declared, so a file that unpacks to more than it said (a ZIP bomb) cannot
 * take more memory than was checked, and one that unpacks to a different size is refused.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { err, ok, type Result } from '@shared/result'
import { megabytes } from './backup-format'
import { sliced } from './time-slices'
import {
  DATA_NAME,
  MANIFEST_NAME,
  MAX_DATA_BYTES,
  MAX_IMAGE_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_UNZIPPED_BYTES,
  MAX_ZIP_ENTRIES,
  partOf,
  type ZipPart,
} from './zip-layout'

const LIMITS: Readonly<Record<ZipPart, number>> = {
  manifest: MAX_MANIFEST_BYTES,
  data: MAX_DATA_BYTES,
  image: MAX_IMAGE_BYTES,
}

/** Bytes unpacked per batch: a few milliseconds of copying or inflating. */
const BATCH_BYTES = 4 * 1024 * 1024
/** Files unpacked per batch at most: each batch walks the whole directory once. */
const BATCH_FILES = 2_000

const damaged = (what: string): string => `The backup is damaged: ${what}.`

/** The size a file takes unpacked, as far as the directory says. */
const unpackedSize = (entry: UnzipFileInfo): number => Math.max(entry.size, entry.originalSize)

/**
 * The directory of the ZIP, checked.
 *
 * @param zip - the file's bytes
 */
export function listEntries(zip: Uint8Array): Result<UnzipFileInfo[], string> {
  const entries: UnzipFileInfo[] = []
  try {
    unzipSync(zip, {
      filter: (entry) => {
        entries.push(entry)
        // Stop reading a directory that claims more files than any backup has.
        if (entries.length > MAX_ZIP_ENTRIES) throw new RangeError('too many files')
        return false
      },
    })
  } catch {
    if (entries.length > MAX_ZIP_ENTRIES) {
      return err(`The backup holds more than ${MAX_ZIP_ENTRIES.toLocaleString('en')} files.`)
    }
    return err('The file is not a Gloss backup: it is not a ZIP file Gloss can read.')
  }
  const names = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const part = partOf(entry.name)
    if (part === null) {
      return err(`The backup holds a file Gloss never writes ("${entry.name.slice(0, 200)}").`)
    }
    if (names.has(entry.name)) return err(damaged(`"${entry.name}" occurs twice`))
    names.add(entry.name)
    if (entry.compression !== 0 && entry.compression !== 8) {
      return err(damaged(`"${entry.name}" is packed in a way Gloss does not read`))
    }
    const size = unpackedSize(entry)
    if (size > LIMITS[part]) {
      return err(
        `The backup is too large: "${entry.name}" unpacks to ${megabytes(size)}, and Gloss restores parts up to ${megabytes(LIMITS[part])}.`,
      )
    }
    total += size
  }
  if (total > MAX_UNZIPPED_BYTES) {
    return err(
      `The backup is too large: it unpacks to ${megabytes(total)}, and Gloss restores backups up to ${megabytes(MAX_UNZIPPED_BYTES)}.`,
    )
  }
  for (const name of [MANIFEST_NAME, DATA_NAME]) {
    if (!names.has(name)) return err(damaged(`it has no ${name}`))
  }
  return ok(entries)
}

/**
 * Unpack every file of a checked directory, a batch at a time with pauses.
 *
 * @param zip - the file's bytes
 * @param entries - its directory, from `listEntries`
 * @param progress - told the share unpacked so far
 * @returns each file's bytes by name
 */
export async function unpackEntries(
  zip: Uint8Array,
  entries: readonly UnzipFileInfo[],
  progress: (fraction: number) => void,
): Promise<Result<Map<string, Uint8Array>, string>> {
  const total = entries.reduce((sum, entry) => sum + unpackedSize(entry), 0)
  const files = new Map<string, Uint8Array>()
  const pause = sliced()
  let done = 0
  for (let start = 0; start < entries.length;) {
    const batch = new Map<string, UnzipFileInfo>()
    let bytes = 0
    for (; start < entries.length && batch.size < BATCH_FILES; start++) {
      if (batch.size > 0 && bytes + unpackedSize(entries[start]) > BATCH_BYTES) break
      batch.set(entries[start].name, entries[start])
      bytes += unpackedSize(entries[start])
    }
    let unpacked: Record<string, Uint8Array>
    try {
      // Names are unique (checked): the batch's names are exactly its files.
      unpacked = unzipSync(zip, { filter: (entry) => batch.has(entry.name) })
    } catch {
      return err(damaged('a file in it cannot be unpacked'))
    }
    for (const [name, entry] of batch) {
      const content = Object.hasOwn(unpacked, name) ? unpacked[name] : undefined
      if (!content || content.length !== entry.originalSize) {
        return err(damaged(`"${name}" does not unpack to the size it says`))
      }
      files.set(name, content)
    }
    done += bytes
    progress(total === 0 ? 1 : done / total)
    await pause()
  }
  return ok(files)
}
