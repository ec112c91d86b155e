/**
 * The trash: deleting an article only moves it there (`trashedAt` set), with everything it has
 * (highlights, notes, pictures, reading position) left in place, so restoring it brings all of
 * it back. After `TRASH_DAYS` in the trash, or when the reader empties the trash, the article
 * is deleted for good: its row, blocks, pictures, previous versions, highlights, article note
 * and reading position, in one transaction (all of it or, if that fails, none).
 */
import type { GlossDatabase } from './database'
import { deleteVersionsOf } from './library-versions'
import { updateArticleRecord } from './library-writes'

/** How long an article stays in the trash before it is deleted for good. */
export const TRASH_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * @param db - a writable database
 * @param id - the article
 * @param now - when, in milliseconds since the epoch (must be above 0)
 */
export async function moveToTrash(db: GlossDatabase, id: string, now: number): Promise<void> {
  await updateArticleRecord(db, id, () => ({ trashedAt: now }))
}

/**
 * Take an article out of the trash, back to the shelf it was on (reading list or archive).
 *
 * @param db - a writable database
 * @param id - the article
 */
export async function restoreFromTrash(db: GlossDatabase, id: string): Promise<void> {
  await updateArticleRecord(db, id, () => ({ trashedAt: 0 }))
}

/** Delete articles and everything that belongs to them; call inside a transaction over all. */
async function deleteForGood(db: GlossDatabase, ids: string[]): Promise<void> {
  await Promise.all([
    db.articles.bulkDelete(ids),
    db.articleBodies.bulkDelete(ids),
    db.articleImages.where('articleId').anyOf(ids).delete(),
    db.annotations.where('articleId').anyOf(ids).delete(),
    db.articleNotes.bulkDelete(ids),
    db.readingPositions.bulkDelete(ids),
    deleteVersionsOf(db, ids),
  ])
}

const EVERYTHING = [
  'articles',
  'articleBodies',
  'articleImages',
  'articleVersions',
  'articleVersionImages',
] as const
const ITS_NOTES = ['annotations', 'articleNotes', 'readingPositions'] as const

/** Delete for good the articles put in the trash before `before`, in one transaction. */
async function purgeTrashedBefore(db: GlossDatabase, before: number): Promise<number> {
  return db.transaction('rw', [...EVERYTHING, ...ITS_NOTES], async () => {
    // `trashedAt` is 0 for every article not in the trash: the range starts above it.
    const ids = await db.articles.where('trashedAt').between(0, before, false, false).primaryKeys()
    if (ids.length > 0) await deleteForGood(db, ids)
    return ids.length
  })
}

/**
 * Delete articles for good at once, in one transaction: for taking back an import that could
 * not finish, whose articles were just added and never in the trash.
 *
 * @param db - a writable database
 * @param ids - the articles
 */
export async function deleteArticlesForGood(
  db: GlossDatabase,
  ids: readonly string[],
): Promise<void> {
  await db.transaction('rw', [...EVERYTHING, ...ITS_NOTES], () => deleteForGood(db, [...ids]))
}

/**
 * Delete for good what has been in the trash for more than `TRASH_DAYS`.
 *
 * @param db - a writable database
 * @param now - milliseconds since the epoch
 * @returns how many articles were deleted
 */
export async function purgeExpiredTrash(db: GlossDatabase, now: number): Promise<number> {
  return purgeTrashedBefore(db, now - TRASH_DAYS * DAY_MS)
}

/**
 * Delete for good everything in the trash.
 *
 * @param db - a writable database
 * @returns how many articles were deleted
 */
export async function emptyTrash(db: GlossDatabase): Promise<number> {
  return purgeTrashedBefore(db, Infinity)
}
