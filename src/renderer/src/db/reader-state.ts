/**
 * Reads and writes of the reader's own state: settings and reading positions. Values are
 * passed through `toRaw` because IndexedDB's structured clone cannot copy Vue proxies. Each call
 * is one short transaction with database work only. Saving a reading position also moves the
 * article's progress in the library (its row's `progress`, the furthest the reader got) in the
 * same transaction, so the list and the reader never disagree.
 */
import { toRaw } from 'vue'
import type { GlossDatabase, ReadingPosition, SettingKey } from './database'
import { isStoredArticleRecord, withDerivedFields } from './library-rows'

/**
 * The stored value of a setting, unchecked; undefined if it was never saved.
 *
 * @param db - an open database
 * @param key - which setting
 */
export async function readSetting(db: GlossDatabase, key: SettingKey): Promise<unknown> {
  const record = await db.settings.get(key)
  return record?.value
}

/**
 * Save a setting, replacing any earlier value.
 *
 * @param db - a writable database
 * @param key - which setting
 * @param value - a structured-cloneable value (Vue proxies are unwrapped)
 */
export async function writeSetting(
  db: GlossDatabase,
  key: SettingKey,
  value: unknown,
): Promise<void> {
  await db.settings.put({ key, value: toRaw(value) })
}

/**
 * Where the reader last was in an article, or undefined if they never scrolled it.
 *
 * @param db - an open database
 * @param articleId - the article's stable id
 */
export async function readReadingPosition(
  db: GlossDatabase,
  articleId: string,
): Promise<ReadingPosition | undefined> {
  const position: unknown = await db.readingPositions.get(articleId)
  return isReadingPosition(position) ? position : undefined
}

/** Stored rows may come from another version of Gloss: use only well-formed ones. */
function isReadingPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false
  const { articleId, blockId, blockFraction, progress, updatedAt } = value as Record<
    string,
    unknown
  >
  const isFraction = (n: unknown): boolean => typeof n === 'number' && n >= 0 && n <= 1
  return (
    typeof articleId === 'string' &&
    typeof blockId === 'string' &&
    isFraction(blockFraction) &&
    isFraction(progress) &&
    typeof updatedAt === 'number'
  )
}

/**
 * Save where the reader is in an article, replacing the earlier position, and raise the
 * article's progress in the library if the reader got further than before.
 *
 * @param db - a writable database
 * @param position - the position, keyed by its `articleId`
 */
export async function writeReadingPosition(
  db: GlossDatabase,
  position: ReadingPosition,
): Promise<void> {
  const plain = toRaw(position)
  await db.transaction('rw', [db.readingPositions, db.articles], async () => {
    const [, row] = await Promise.all([
      db.readingPositions.put(plain),
      db.articles.get(plain.articleId) as Promise<unknown>,
    ])
    if (isStoredArticleRecord(row) && plain.progress > row.progress) {
      await db.articles.put(withDerivedFields({ ...row, progress: plain.progress }))
    }
  })
}
