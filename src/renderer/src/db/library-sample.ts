/**
 * The bundled sample article in the library. It is the first article of a fresh library: at
 * start, `ensureSampleArticle` gives it a row (its blocks are not stored: the host serves them,
 * as it always has) under the id its highlights already carry, so a library made from an older
 * Gloss's data shows the reader's highlights on it. The `sampleArticleAdded` setting remembers
 * that it was added, so once the reader has deleted it for good it stays deleted; Help > Open
 * the sample article brings it back (`restoreSampleArticle`).
 */
import type { Article } from '@shared/article'
import { contentHash } from './content-hash'
import type { ArticleRecord, GlossDatabase } from './database'
import { isStoredArticleRecord, newArticleRecord, withDerivedFields } from './library-rows'
import { readReadingPosition } from './reader-state'

/** When the sample counts as added: before anything the reader adds, whatever the clock says. */
const SAMPLE_ADDED_AT = 0

async function sampleRecord(article: Article): Promise<ArticleRecord> {
  return newArticleRecord({
    article,
    origin: 'bundled',
    addedAt: SAMPLE_ADDED_AT,
    contentHash: await contentHash(article.text),
  })
}

/**
 * Give the sample article its row unless it was added before (and may since have been deleted).
 *
 * @param db - a writable database
 * @param article - the bundled article, as the host serves it
 * @returns whether a row was added
 */
export async function ensureSampleArticle(db: GlossDatabase, article: Article): Promise<boolean> {
  const row = await sampleRecord(article)
  return db.transaction('rw', [db.articles, db.settings, db.readingPositions], async () => {
    if ((await db.settings.get('sampleArticleAdded'))?.value === true) return false
    // A reader coming from a Gloss without a library has read it this far already.
    const progress = (await readReadingPosition(db, article.id))?.progress ?? 0
    await Promise.all([
      db.articles.put(withDerivedFields({ ...row, progress })),
      db.settings.put({ key: 'sampleArticleAdded', value: true }),
    ])
    return true
  })
}

/**
 * Put the sample article back in the reading list: a new row if it was deleted for good, out
 * of the trash or the archive if it is there. Its highlights, if it still has any, stay.
 *
 * @param db - a writable database
 * @param article - the bundled article, as the host serves it
 */
export async function restoreSampleArticle(db: GlossDatabase, article: Article): Promise<void> {
  const fresh = await sampleRecord(article)
  await db.transaction('rw', [db.articles, db.settings], async () => {
    const stored: unknown = await db.articles.get(article.id)
    const row = isStoredArticleRecord(stored)
      ? withDerivedFields({ ...stored, trashedAt: 0, archived: 0 })
      : fresh
    await Promise.all([
      db.articles.put(row),
      db.settings.put({ key: 'sampleArticleAdded', value: true }),
    ])
  })
}
