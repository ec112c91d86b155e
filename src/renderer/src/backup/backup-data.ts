/**
 * `data.json`, the rows of a ZIP backup (`backup-zip-write.ts`): one JSON object,
 * `{ "settings", "readingPositions", "annotations", "articleNotes", "articles",
 * "articleBodies", "articleImages", "articleVersions", "articleVersionImages" }`, where
 * `articleImages` is the index of the pictures (article, name, type, size) whose bytes are the
 * ZIP's `images/` files, and `articleVersionImages` that of the previous versions' pictures
 * (the `versions/` files). A version 2 backup has no versions: both are then absent.
 *
 * Writing checks every row as a restore will (`row-schemas.ts`, `library-schemas.ts`) and
 * leaves out, and counts, the rows no restore could take, with the body and pictures of an
 * article left out; it comes in pieces so a large library is written with pauses. Reading
 * checks everything before anything is written: every row's shape, keys unique per table,
 * and every body and picture belonging to an article in the file.
 */
import * as v from 'valibot'
import { err, ok, type Result } from '@shared/result'
import type {
  ArticleBodyRecord,
  ArticleImageRecord,
  ArticleRecord,
  ArticleVersionImageRecord,
  ArticleVersionRecord,
  PendingImportRecord,
} from '@renderer/db/database'
import type { LibraryData, StoredData } from '@renderer/db/backup'
import type { ManifestCounts } from './backup-manifest'
import { sliced } from './time-slices'
import {
  LIBRARY_SCHEMAS,
  restoredArticleRecord,
  type ImageEntry,
  type VersionImageEntry,
} from './library-schemas'
import { PendingImportSchema, restoredPendingImport } from './pending-schema'
import {
  AnnotationSchema,
  ArticleNoteSchema,
  ReadingPositionSchema,
  SettingsSchema,
  fileSettings,
  firstDuplicate,
  pathOf,
  settingRows,
} from './row-schemas'

/** Everything a version 2 backup holds: the library is always there. */
export type FullData = StoredData & { readonly library: LibraryData }

/**
 * What writing `data.json` kept: the pictures to put in the ZIP, how many of each thing it
 * holds, and how many rows it left out.
 */
export interface WrittenData {
  readonly images: readonly ArticleImageRecord[]
  readonly versionImages: readonly ArticleVersionImageRecord[]
  readonly counts: ManifestCounts
  readonly leftOut: number
}

/** Rows checked and written per piece of `dataPieces`: a few milliseconds of work. */
const ROWS_PER_PIECE = 200
/** Article bodies per piece: each holds a whole article's blocks. */
const BODIES_PER_PIECE = 10

const imageEntry = (row: ArticleImageRecord): ImageEntry => ({
  articleId: row.articleId,
  name: row.name,
  type: row.blob.type,
  bytes: row.blob.size,
})

const versionImageEntry = (row: ArticleVersionImageRecord): VersionImageEntry => ({
  versionId: row.versionId,
  name: row.name,
  type: row.blob.type,
  bytes: row.blob.size,
})

/**
 * `data.json` as pieces of its text, in order (some empty: a pause in the checking); returns
 * the pictures it indexes, what it holds, and how many rows it left out because no backup
 * could restore them.
 *
 * @param data - every table's rows, from `readAllData(db, { withLibrary: true })`
 */
export function* dataPieces(data: FullData): Generator<string, WrittenData> {
  const { library } = data
  const listed = new Set(
    library.articles.filter((row) => v.is(LIBRARY_SCHEMAS.articles, row)).map((row) => row.id),
  )
  // Blocks are the bulk of the work: checked a slice per (empty) piece. An article whose
  // blocks could not be restored is left out whole, row and pictures too.
  const bodies: ArticleBodyRecord[] = []
  for (let i = 0; i < library.articleBodies.length; i += BODIES_PER_PIECE) {
    for (const row of library.articleBodies.slice(i, i + BODIES_PER_PIECE)) {
      if (!listed.has(row.id)) continue
      if (v.is(LIBRARY_SCHEMAS.articleBodies, row)) bodies.push(row)
      else listed.delete(row.id)
    }
    yield ''
  }
  const articles = library.articles.filter((row) => listed.has(row.id))
  const images = library.articleImages.filter(
    (row) => listed.has(row.articleId) && v.is(LIBRARY_SCHEMAS.articleImages, imageEntry(row)),
  )
  // Versions hold whole texts too: checked a slice per piece. One that could not be restored
  // is left out with its pictures; so are the versions of an article left out.
  const allVersions = library.articleVersions ?? []
  const versions: ArticleVersionRecord[] = []
  for (let i = 0; i < allVersions.length; i += BODIES_PER_PIECE) {
    for (const row of allVersions.slice(i, i + BODIES_PER_PIECE)) {
      if (listed.has(row.articleId) && v.is(LIBRARY_SCHEMAS.articleVersions, row))
        versions.push(row)
    }
    yield ''
  }
  const versionIds = new Set(versions.map((row) => row.id))
  const allVersionImages = library.articleVersionImages ?? []
  const versionImages = allVersionImages.filter(
    (row) =>
      versionIds.has(row.versionId) &&
      v.is(LIBRARY_SCHEMAS.articleVersionImages, versionImageEntry(row)),
  )
  let leftOut =
    library.articles.length -
    articles.length +
    (library.articleBodies.length - bodies.length) +
    (library.articleImages.length - images.length) +
    (allVersions.length - versions.length) +
    (allVersionImages.length - versionImages.length)

  yield `{"settings": ${JSON.stringify(fileSettings(data.settings))},\n`
  // Name, rows, their schema (null: checked above) and how many go in one piece.
  const tables: [string, readonly unknown[], v.GenericSchema | null, number][] = [
    ['readingPositions', data.readingPositions, ReadingPositionSchema, ROWS_PER_PIECE],
    ['annotations', data.annotations, AnnotationSchema, ROWS_PER_PIECE],
    ['articleNotes', data.articleNotes, ArticleNoteSchema, ROWS_PER_PIECE],
    ['articles', articles, null, ROWS_PER_PIECE],
    ['articleBodies', bodies, null, BODIES_PER_PIECE],
    ['articleImages', images.map(imageEntry), null, ROWS_PER_PIECE],
    ['articleVersions', versions, null, BODIES_PER_PIECE],
    ['articleVersionImages', versionImages.map(versionImageEntry), null, ROWS_PER_PIECE],
    ['pendingImports', library.pendingImports ?? [], PendingImportSchema, ROWS_PER_PIECE],
  ]
  const written = new Map<string, number>()
  for (const [t, [name, rows, schema, perPiece]] of tables.entries()) {
    yield `${JSON.stringify(name)}: [`
    let first = true
    written.set(name, 0)
    for (let i = 0; i < rows.length; i += perPiece) {
      const slice = rows.slice(i, i + perPiece)
      const passed = schema ? slice.filter((row) => v.is(schema, row)) : slice
      leftOut += slice.length - passed.length
      written.set(name, written.get(name)! + passed.length)
      if (passed.length === 0) continue
      yield `${first ? '' : ','}\n${passed.map((row) => JSON.stringify(row)).join(',\n')}`
      first = false
    }
    yield t === tables.length - 1 ? '\n]}\n' : '\n],\n'
  }
  const counts: ManifestCounts = {
    articles: articles.length,
    images: images.length,
    annotations: written.get('annotations')!,
    articleNotes: written.get('articleNotes')!,
    readingPositions: written.get('readingPositions')!,
    versions: versions.length,
  }
  return { images, versionImages, counts, leftOut }
}

/** The shape of `data.json`, its rows not yet checked: they are, a slice at a time. */
const Rows = v.array(v.unknown())
const DataShape = v.object({
  settings: SettingsSchema,
  readingPositions: Rows,
  annotations: Rows,
  articleNotes: Rows,
  articles: Rows,
  articleBodies: Rows,
  articleImages: Rows,
  // From backup version 3.
  articleVersions: v.optional(Rows, []),
  articleVersionImages: v.optional(Rows, []),
  // Absent from backups made before highlights could wait for their article.
  pendingImports: v.optional(Rows),
})

/** The checked rows of `data.json`, the library without its pictures' bytes yet. */
export interface ReadData {
  readonly data: Omit<StoredData, 'library'>
  readonly articles: readonly ArticleRecord[]
  readonly articleBodies: readonly ArticleBodyRecord[]
  readonly images: readonly ImageEntry[]
  readonly articleVersions: readonly ArticleVersionRecord[]
  readonly versionImages: readonly VersionImageEntry[]
  /** Absent when the backup has no such table (made before it existed). */
  readonly pendingImports?: readonly PendingImportRecord[]
}

const damaged = (what: string): string => `The backup is damaged: ${what}.`

/** The first row (by table path) whose article is not in the backup, if any. */
function firstOrphan(
  owners: ReadonlySet<string>,
  rows: readonly string[],
  table: string,
  owner = 'article',
) {
  const index = rows.findIndex((id) => !owners.has(id))
  return index < 0 ? null : damaged(`${table}[${index}] belongs to no ${owner} in the backup`)
}

/**
 * Every row of one table checked, pausing between slices of the work.
 *
 * @returns the checked rows (fresh objects), or why the first bad one is not valid
 */
async function checkRows<T>(
  table: string,
  rows: readonly unknown[],
  schema: v.GenericSchema<unknown, T>,
  pause: () => Promise<void>,
): Promise<Result<T[], string>> {
  const checked: T[] = []
  for (const [index, row] of rows.entries()) {
    const parsed = v.safeParse(schema, row)
    if (!parsed.success) {
      const [issue] = parsed.issues
      const inside = pathOf(issue)
      const path = `${table}[${index}]${inside && !inside.startsWith('[') ? '.' : ''}${inside}`
      return err(damaged(`${path} is not valid (${issue.message})`))
    }
    checked.push(parsed.output)
    await pause()
  }
  return ok(checked)
}

/**
 * Check `data.json`, parsed, a slice at a time.
 *
 * @param json - its value
 * @returns the rows to restore, or one sentence saying why the backup cannot be restored
 */
export async function readData(json: unknown): Promise<Result<ReadData, string>> {
  const shape = v.safeParse(DataShape, json)
  if (!shape.success) {
    const [issue] = shape.issues
    return err(damaged(`${pathOf(issue)} is not valid (${issue.message})`))
  }
  const rows = shape.output
  const pause = sliced()
  const readingPositions = await checkRows(
    'readingPositions',
    rows.readingPositions,
    ReadingPositionSchema,
    pause,
  )
  if (!readingPositions.ok) return readingPositions
  const annotations = await checkRows('annotations', rows.annotations, AnnotationSchema, pause)
  if (!annotations.ok) return annotations
  const articleNotes = await checkRows('articleNotes', rows.articleNotes, ArticleNoteSchema, pause)
  if (!articleNotes.ok) return articleNotes
  const articles = await checkRows('articles', rows.articles, LIBRARY_SCHEMAS.articles, pause)
  if (!articles.ok) return articles
  const articleBodies = await checkRows(
    'articleBodies',
    rows.articleBodies,
    LIBRARY_SCHEMAS.articleBodies,
    pause,
  )
  if (!articleBodies.ok) return articleBodies
  const articleImages = await checkRows(
    'articleImages',
    rows.articleImages,
    LIBRARY_SCHEMAS.articleImages,
    pause,
  )
  if (!articleImages.ok) return articleImages
  const articleVersions = await checkRows(
    'articleVersions',
    rows.articleVersions,
    LIBRARY_SCHEMAS.articleVersions,
    pause,
  )
  if (!articleVersions.ok) return articleVersions
  const versionImages = await checkRows(
    'articleVersionImages',
    rows.articleVersionImages,
    LIBRARY_SCHEMAS.articleVersionImages,
    pause,
  )
  if (!versionImages.ok) return versionImages
  const pending = rows.pendingImports
    ? await checkRows('pendingImports', rows.pendingImports, PendingImportSchema, pause)
    : null
  if (pending && !pending.ok) return pending
  const file = {
    settings: shape.output.settings,
    readingPositions: readingPositions.value,
    annotations: annotations.value,
    articleNotes: articleNotes.value,
    articles: articles.value,
    articleBodies: articleBodies.value,
    articleImages: articleImages.value,
    articleVersions: articleVersions.value,
    articleVersionImages: versionImages.value,
  }
  const duplicate =
    firstDuplicate(file.annotations.map((row) => row.id)) ??
    firstDuplicate(file.readingPositions.map((row) => row.articleId)) ??
    firstDuplicate(file.articleNotes.map((row) => row.articleId)) ??
    firstDuplicate(file.articles.map((row) => row.id)) ??
    firstDuplicate(file.articleBodies.map((row) => row.id)) ??
    firstDuplicate(file.articleImages.map((row) => `${row.articleId}/${row.name}`)) ??
    firstDuplicate(file.articleVersions.map((row) => row.id)) ??
    firstDuplicate(file.articleVersionImages.map((row) => `${row.versionId}/${row.name}`)) ??
    firstDuplicate((pending?.value ?? []).map((row) => row.id))
  if (duplicate !== null) return err(damaged(`"${duplicate}" occurs twice where it must be unique`))
  const ids = new Set(file.articles.map((row) => row.id))
  const orphan =
    firstOrphan(
      ids,
      file.articleBodies.map((row) => row.id),
      'articleBodies',
    ) ??
    firstOrphan(
      ids,
      file.articleImages.map((row) => row.articleId),
      'articleImages',
    ) ??
    firstOrphan(
      ids,
      file.articleVersions.map((row) => row.articleId),
      'articleVersions',
    ) ??
    firstOrphan(
      new Set(file.articleVersions.map((row) => row.id)),
      file.articleVersionImages.map((row) => row.versionId),
      'articleVersionImages',
      'version',
    )
  if (orphan !== null) return err(orphan)
  return ok({
    data: {
      settings: settingRows(file.settings),
      readingPositions: file.readingPositions,
      annotations: file.annotations,
      articleNotes: file.articleNotes,
    },
    articles: file.articles.map(restoredArticleRecord),
    articleBodies: file.articleBodies,
    images: file.articleImages,
    articleVersions: file.articleVersions as ArticleVersionRecord[],
    versionImages: file.articleVersionImages,
    ...(pending && { pendingImports: pending.value.map(restoredPendingImport) }),
  })
}
