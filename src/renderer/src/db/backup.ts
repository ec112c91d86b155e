/**
 * Everything Gloss keeps, read and replaced as a whole (backup and restore): the settings,
 * reading positions, annotations and article notes, and the library (its article rows, their
 * blocks and their pictures, and the previous versions of updated articles with theirs). The read is one transaction, so a backup is a consistent
 * snapshot; the replacement is one strict-durability transaction over every table it writes,
 * so a restore either happens completely or leaves the data as it was.
 *
 * Each replacement also stamps the `restoredAt` setting, in the same transaction: data put
 * back by a restore may be older than what it replaces (a highlight whose `updatedAt` goes
 * back), which search's cheap listing cannot tell from no change, so search drops an index
 * made before the stamp and builds it again (`search/search-engine.ts`), in every window and
 * at the next start.
 *
 * The library is optional in `StoredData`: the rescue copy and a backup made before the
 * library existed carry none, and replacing with such data leaves the library as it is (they
 * never held articles, so nothing in them says the articles should go).
 */
import type { Annotation, ArticleNote } from '@shared/annotation'
import { listAllAnnotations, listArticleNotes } from './annotations'
import { listPendingImports } from './pending-imports'
import type {
  ArticleBodyRecord,
  ArticleImageRecord,
  ArticleRecord,
  ArticleVersionImageRecord,
  ArticleVersionRecord,
  GlossDatabase,
  PendingImportRecord,
  ReadingPosition,
  SettingRecord,
} from './database'
import { withStrictDurability } from './strict-durability'

/** The library's tables, as stored. */
export interface LibraryData {
  readonly articles: readonly ArticleRecord[]
  readonly articleBodies: readonly ArticleBodyRecord[]
  readonly articleImages: readonly ArticleImageRecord[]
  /** Previous versions of updated articles; absent in a backup made before versions existed. */
  readonly articleVersions?: readonly ArticleVersionRecord[]
  readonly articleVersionImages?: readonly ArticleVersionImageRecord[]
  /**
   * What imports hold for pages not in the library ("Not in your library"). Absent in a
   * backup made before they existed: a restore of one keeps what waits as it is.
   */
  readonly pendingImports?: readonly PendingImportRecord[]
}

/** The rows of every table, as stored (rows are checked by whoever builds a file of them). */
export interface StoredData {
  readonly settings: readonly SettingRecord[]
  readonly readingPositions: readonly ReadingPosition[]
  readonly annotations: readonly Annotation[]
  readonly articleNotes: readonly ArticleNote[]
  /** Absent when the data does not hold the library (a restore then keeps it as it is). */
  readonly library?: LibraryData
}

const READER_TABLES = ['settings', 'readingPositions', 'annotations', 'articleNotes'] as const
const LIBRARY_TABLES = [
  'articles',
  'articleBodies',
  'articleImages',
  'articleVersions',
  'articleVersionImages',
  'pendingImports',
] as const

/**
 * Settings rows that are the library's own bookkeeping, not the reader's settings: a backup
 * does not carry them and a restore keeps them as they are (whether the sample article was
 * ever added is about this installation: a restored library without it must not get it back,
 * and one restored on a fresh install gets it as a fresh install does), except `restoredAt`,
 * which it moves on.
 */
const LIBRARY_STATE: ReadonlySet<string> = new Set(['sampleArticleAdded', 'restoredAt'])
const isReaderSetting = (row: SettingRecord): boolean => !LIBRARY_STATE.has(row.key)

/**
 * Every row of every table, read in one transaction. Annotations and article notes that are
 * not well formed (left by another version) are passed over, as the app passes them over.
 * Pictures come as the stored Blobs, whose bytes are read only when used.
 *
 * @param db - an open database
 * @param options - `withLibrary: false` leaves the library out (the rescue copy holds none)
 */
export async function readAllData(
  db: GlossDatabase,
  { withLibrary }: { readonly withLibrary: boolean } = { withLibrary: false },
): Promise<StoredData> {
  const tables = withLibrary ? [...READER_TABLES, ...LIBRARY_TABLES] : [...READER_TABLES]
  return db.transaction('r', tables, async () => ({
    settings: (await db.settings.toArray()).filter(isReaderSetting),
    readingPositions: await db.readingPositions.toArray(),
    annotations: await listAllAnnotations(db),
    articleNotes: await listArticleNotes(db),
    ...(withLibrary && {
      library: {
        articles: await db.articles.toArray(),
        articleBodies: await db.articleBodies.toArray(),
        articleImages: await db.articleImages.toArray(),
        articleVersions: await db.articleVersions.toArray(),
        articleVersionImages: await db.articleVersionImages.toArray(),
        pendingImports: await listPendingImports(db),
      },
    }),
  }))
}

/** How many of each kind of thing are stored. */
export interface DataCounts {
  readonly settings: number
  readonly readingPositions: number
  readonly annotations: number
  readonly articleNotes: number
  readonly articles: number
  readonly images: number
}

/**
 * How many rows each table holds, counted in one transaction.
 *
 * @param db - an open database
 */
export async function countAllData(db: GlossDatabase): Promise<DataCounts> {
  return db.transaction('r', [...READER_TABLES, ...LIBRARY_TABLES], async () => ({
    settings: await db.settings.filter(isReaderSetting).count(),
    readingPositions: await db.readingPositions.count(),
    annotations: await db.annotations.count(),
    articleNotes: await db.articleNotes.count(),
    articles: await db.articles.count(),
    images: await db.articleImages.count(),
  }))
}

/**
 * When this replacement happened, in milliseconds since the epoch: later than the last one
 * even if the clock went back, so it always differs from the stamp an index was made at.
 *
 * @param kept - the bookkeeping rows stored now
 * @param now - the clock
 */
function nextRestoredAt(kept: readonly SettingRecord[], now: number): number {
  const last = kept.find((row) => row.key === 'restoredAt')?.value
  return typeof last === 'number' && last >= now ? last + 1 : now
}

/**
 * Replace everything stored with `data`, in one strict-durability transaction: all of it or,
 * if any write fails, none, and the old data stays. Without `data.library` the library's
 * tables are left as they are (and out of the transaction). Moves `restoredAt` on.
 *
 * @param db - a writable database
 * @param data - complete rows for every table (plain objects)
 */
export async function replaceAllData(db: GlossDatabase, data: StoredData): Promise<void> {
  const { library } = data
  // Tables in the order a restore clears and fills them, with their new rows.
  const fills: (readonly [string, readonly unknown[]])[] = [
    ['settings', data.settings],
    ['readingPositions', data.readingPositions],
    ['annotations', data.annotations],
    ['articleNotes', data.articleNotes],
    ...(library
      ? ([
          ['articles', library.articles],
          ['articleBodies', library.articleBodies],
          ['articleImages', library.articleImages],
          // The library is replaced whole: versions of articles it no longer has go too.
          ['articleVersions', library.articleVersions ?? []],
          ['articleVersionImages', library.articleVersionImages ?? []],
        ] as const)
      : []),
    ...(library?.pendingImports ? ([['pendingImports', library.pendingImports]] as const) : []),
  ]
  await withStrictDurability(db, (strict) =>
    strict.transaction(
      'rw',
      fills.map(([name]) => name),
      async () => {
        const kept = (await strict.table<SettingRecord>('settings').toArray()).filter(
          (row) => !isReaderSetting(row),
        )
        for (const [name, rows] of fills) {
          const table = strict.table(name)
          await table.clear()
          await table.bulkAdd([...rows])
        }
        const restoredAt = nextRestoredAt(kept, Date.now())
        await strict
          .table<SettingRecord>('settings')
          .bulkPut([...kept, { key: 'restoredAt', value: restoredAt }])
      },
    ),
  )
}
