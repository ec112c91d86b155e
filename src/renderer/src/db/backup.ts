/**
 * Everything Gloss keeps, read and replaced as a whole (backup and restore): the settings,
 * reading positions, annotations and article notes. The read is one transaction, so a backup
 * is a consistent snapshot; the replacement is one strict-durability transaction over every
 * table, so a restore either happens completely or leaves the data as it was.
 */
import type { Annotation, ArticleNote } from '@shared/annotation'
import { listAllAnnotations, listArticleNotes } from './annotations'
import type { GlossDatabase, ReadingPosition, SettingRecord } from './database'
import { withStrictDurability } from './strict-durability'

/** The rows of every table, as stored (rows are checked by whoever builds a file of them). */
export interface StoredData {
  readonly settings: readonly SettingRecord[]
  readonly readingPositions: readonly ReadingPosition[]
  readonly annotations: readonly Annotation[]
  readonly articleNotes: readonly ArticleNote[]
}

/** Tables in the order a restore clears and fills them. */
const TABLES = ['settings', 'readingPositions', 'annotations', 'articleNotes'] as const

/**
 * Settings rows that are the library's own bookkeeping, not the reader's settings: a backup
 * does not carry them and a restore keeps them as they are (the library's articles are not in
 * a backup of this version either, so what the library knows about them must stay).
 */
const LIBRARY_STATE: ReadonlySet<string> = new Set(['sampleArticleAdded'])
const isReaderSetting = (row: SettingRecord): boolean => !LIBRARY_STATE.has(row.key)

/**
 * Every row of every table, read in one transaction. Annotations and article notes that are
 * not well formed (left by another version) are passed over, as the app passes them over.
 *
 * @param db - an open database
 */
export async function readAllData(db: GlossDatabase): Promise<StoredData> {
  return db.transaction('r', [...TABLES], async () => ({
    settings: (await db.settings.toArray()).filter(isReaderSetting),
    readingPositions: await db.readingPositions.toArray(),
    annotations: await listAllAnnotations(db),
    articleNotes: await listArticleNotes(db),
  }))
}

/** How many rows each table holds. */
export type DataCounts = Readonly<Record<keyof StoredData, number>>

/**
 * How many rows each table holds, counted in one transaction.
 *
 * @param db - an open database
 */
export async function countAllData(db: GlossDatabase): Promise<DataCounts> {
  return db.transaction('r', [...TABLES], async () => ({
    settings: await db.settings.filter(isReaderSetting).count(),
    readingPositions: await db.readingPositions.count(),
    annotations: await db.annotations.count(),
    articleNotes: await db.articleNotes.count(),
  }))
}

/**
 * Replace everything stored with `data`, in one strict-durability transaction: all of it or,
 * if any write fails, none, and the old data stays.
 *
 * @param db - a writable database
 * @param data - complete rows for every table (plain objects)
 */
export async function replaceAllData(db: GlossDatabase, data: StoredData): Promise<void> {
  await withStrictDurability(db, (strict) =>
    strict.transaction('rw', [...TABLES], async () => {
      const kept = (await strict.table<SettingRecord>('settings').toArray()).filter(
        (row) => !isReaderSetting(row),
      )
      for (const name of TABLES) {
        const table = strict.table(name)
        await table.clear()
        await table.bulkAdd([...data[name]])
      }
      await strict.table<SettingRecord>('settings').bulkPut(kept)
    }),
  )
}
