/**
 * A ZIP file's bytes → the entries an Omnivore export reader wants, inflated, or one refusal.
 * The ZIP comes from outside, so it is treated as hostile: its central directory is read first,
 * without inflating anything, and refused when it lists too many entries, a name that climbs
 * out of the archive (`../`, an absolute path, a drive letter, a backslash), or declared sizes
 * past the limits. Only then are the wanted entries inflated, each by fflate into a buffer of
 * the size the directory declared: an entry whose data inflates to more (a zip bomb lying about
 * its size) is cut there, never grown, so memory never passes the limits checked first.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { startsLikeZip } from '@shared/import-file'
import { err, ok, type Result } from '@shared/result'
import { formatCount } from '../formats/limits'

/** Most entries a ZIP may list: an export of 5,000 items has about 10,000. */
export const MAX_ZIP_ENTRIES = 50_000
/** Most bytes all wanted entries may inflate to together. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024
/** Most bytes one entry may inflate to (one article's content, or one metadata file). */
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024

/**
 * Whether an entry name stays inside the archive: relative, `/`-separated, with no empty, `.`
 * or `..` segment and no control characters.
 *
 * @param name - the name as the central directory gives it
 */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.startsWith('/') || /^[a-z]:/i.test(name)) return false
  if (/[\\\p{Cc}]/u.test(name)) return false
  const segments = name.replace(/\/$/, '').split('/')
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`

/** The directory's entries, read without inflating any. */
function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = []
  unzipSync(bytes, {
    filter: (info) => {
      entries.push(info)
      return false
    },
  })
  return entries
}

/** What is wrong with the directory, in a sentence, or null when it is within the limits. */
function checkEntries(
  entries: readonly UnzipFileInfo[],
  wanted: (name: string) => boolean,
): string | null {
  if (entries.length > MAX_ZIP_ENTRIES) {
    return `The ZIP lists ${formatCount(entries.length)} files; Gloss reads at most ${formatCount(MAX_ZIP_ENTRIES)}.`
  }
  let total = 0
  const seen = new Set<string>()
  for (const { name, originalSize, compression } of entries) {
    if (!isSafeEntryName(name)) {
      return `The ZIP holds a file named “${name.slice(0, 80)}”, which points outside the archive.`
    }
    if (!wanted(name)) continue
    if (seen.has(name)) {
      return `The ZIP holds two files named “${name.slice(0, 80)}”, so it cannot say which is right.`
    }
    seen.add(name)
    if (compression !== 0 && compression !== 8) {
      return `The ZIP stores “${name.slice(0, 80)}” in a way Gloss cannot read (method ${compression}).`
    }
    if (originalSize > MAX_ENTRY_BYTES) {
      return `“${name.slice(0, 80)}” in the ZIP is larger than ${megabytes(MAX_ENTRY_BYTES)}.`
    }
    total += originalSize
    if (total > MAX_UNZIPPED_BYTES) {
      return `The ZIP unpacks to more than ${megabytes(MAX_UNZIPPED_BYTES)}, more than Gloss imports at once.`
    }
  }
  return null
}

/**
 * @param bytes - the ZIP file
 * @param wanted - which entries to inflate, by name (others are only listed and checked)
 * @returns every entry's name, and the wanted ones' bytes; or why the ZIP cannot be read
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Result<{ names: readonly string[]; files: ReadonlyMap<string, Uint8Array> }, string> {
  if (!startsLikeZip(bytes)) return err('The file is not a ZIP.')
  try {
    const entries = listEntries(bytes)
    const problem = checkEntries(entries, wanted)
    if (problem !== null) return err(problem)
    const files = unzipSync(bytes, { filter: ({ name }) => wanted(name) })
    return ok({ names: entries.map(({ name }) => name), files: new Map(Object.entries(files)) })
  } catch {
    return err('The ZIP is damaged: Gloss cannot unpack it.')
  }
}
