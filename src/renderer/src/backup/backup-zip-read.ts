/**
 * Reading a ZIP backup (version 2, or 3 with versions: `backup-zip-write.ts`) into the rows to restore, checking
 * all of it before anything is written: the ZIP itself (`zip-entries.ts`: names, sizes, ZIP
 * bombs), `manifest.json` (format and version first), `data.json` (every row,
 * `backup-data.ts`), that the manifest's counts are what `data.json` holds, and that the
 * `images/` and `versions/` files are exactly the pictures `data.json` lists, each of the size
 * it says.
 */
import type { UnzipFileInfo } from 'fflate'
import { err, ok, type Result } from '@shared/result'
import type { ArticleImageRecord, ArticleVersionImageRecord } from '@renderer/db/database'
import { parseJsonText } from '@renderer/importing/formats/json-text'
import type { Backup } from './backup-file'
import { readData, type ReadData } from './backup-data'
import { MAX_BACKUP_CHARS } from './backup-format'
import { readManifest, type ManifestCounts } from './backup-manifest'
import {
  imagePath,
  versionImagePath,
  DATA_NAME,
  MANIFEST_NAME,
  MAX_MANIFEST_BYTES,
} from './zip-layout'
import { sliced } from './time-slices'
import { listEntries, unpackEntries } from './zip-entries'

const damaged = (what: string): string => `The backup is damaged: ${what}.`

/** A part's text, or why it is not UTF-8 JSON. */
function parsePart(bytes: Uint8Array, name: string, maxChars: number): Result<unknown, string> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return err(damaged(`${name} is not UTF-8 text`))
  }
  const json = parseJsonText(text, maxChars)
  return json.ok ? ok(json.value) : err(damaged(`${name} is not valid JSON`))
}

/** Whether the manifest counts what `data.json` holds. */
function countsAgree(counts: ManifestCounts, read: ReadData): boolean {
  return (
    counts.articles === read.articles.length &&
    counts.images === read.images.length &&
    counts.annotations === read.data.annotations.length &&
    counts.articleNotes === read.data.articleNotes.length &&
    counts.readingPositions === read.data.readingPositions.length &&
    counts.versions === read.articleVersions.length
  )
}

/** The pictures `data.json` lists, with their bytes: exactly the `images/` files. */
async function pictures(
  read: ReadData,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<
  Result<{ images: ArticleImageRecord[]; versionImages: ArticleVersionImageRecord[] }, string>
> {
  const pause = sliced()
  /** One listed picture's bytes as a Blob, or why not. */
  const blobOf = (
    path: string,
    entry: { readonly type: string; readonly bytes: number },
    where: string,
  ): Result<Blob, string> => {
    const bytes = files.get(path)
    if (!bytes) return err(damaged(`the picture ${where} is missing`))
    if (bytes.length !== entry.bytes)
      return err(damaged(`the picture ${where} is not the size it says`))
    return ok(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: entry.type }))
  }
  const images: ArticleImageRecord[] = []
  for (const [index, entry] of read.images.entries()) {
    const blob = blobOf(imagePath(entry.articleId, entry.name), entry, `articleImages[${index}]`)
    if (!blob.ok) return blob
    images.push({
      articleId: entry.articleId,
      name: entry.name,
      blob: blob.value,
      bytes: entry.bytes,
    })
    await pause()
  }
  const versionImages: ArticleVersionImageRecord[] = []
  for (const [index, entry] of read.versionImages.entries()) {
    const path = versionImagePath(entry.versionId, entry.name)
    const blob = blobOf(path, entry, `articleVersionImages[${index}]`)
    if (!blob.ok) return blob
    versionImages.push({
      ...{ versionId: entry.versionId, name: entry.name },
      blob: blob.value,
      bytes: entry.bytes,
    })
    await pause()
  }
  // data.json and one file per listed picture, names unique: nothing else is there.
  if (files.size !== read.images.length + read.versionImages.length + 1) {
    return err(damaged('it holds pictures no article lists'))
  }
  return ok({ images, versionImages })
}

/**
 * Read and check a backup ZIP.
 *
 * @param zip - the file's bytes
 * @param progress - told the share unpacked so far
 * @returns the rows to restore, or one sentence saying why the file cannot be restored
 */
export async function readBackupZip(
  zip: Uint8Array,
  progress: (fraction: number) => void = () => undefined,
): Promise<Result<Backup, string>> {
  const listed = listEntries(zip)
  if (!listed.ok) return listed
  // The manifest first: a backup from a newer Gloss is refused for that, whatever it holds.
  const [manifestEntry] = listed.value.filter((entry) => entry.name === MANIFEST_NAME)
  const manifestFile = await unpackEntries(zip, [manifestEntry], () => undefined)
  if (!manifestFile.ok) return manifestFile
  const manifestJson = parsePart(
    manifestFile.value.get(MANIFEST_NAME)!,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
  )
  if (!manifestJson.ok) return manifestJson
  const manifest = readManifest(manifestJson.value)
  if (!manifest.ok) return manifest

  const rest: UnzipFileInfo[] = listed.value.filter((entry) => entry.name !== MANIFEST_NAME)
  const files = await unpackEntries(zip, rest, progress)
  if (!files.ok) return files
  const dataJson = parsePart(files.value.get(DATA_NAME)!, DATA_NAME, MAX_BACKUP_CHARS)
  if (!dataJson.ok) return dataJson
  const read = await readData(dataJson.value)
  if (!read.ok) return read
  if (!countsAgree(manifest.value.counts, read.value)) {
    return err(damaged('manifest.json does not count what data.json holds'))
  }
  const images = await pictures(read.value, files.value)
  if (!images.ok) return images
  return ok({
    exportedAt: new Date(manifest.value.createdAt),
    data: {
      ...read.value.data,
      library: {
        articles: read.value.articles,
        articleBodies: read.value.articleBodies,
        articleImages: images.value.images,
        articleVersions: read.value.articleVersions,
        articleVersionImages: images.value.versionImages,
        ...(read.value.pendingImports && { pendingImports: read.value.pendingImports }),
      },
    },
  })
}
