/**
 * What opening an article reads: its stored row (is it the bundled one, which the host serves?),
 * its blocks, and its pictures by name. Kept apart from the list reads (`library-queries.ts`):
 * a list never reads a body or a picture.
 */
import type { Article } from '@shared/article'
import type { ArticleRecord, GlossDatabase } from './database'
import { isStoredArticleRecord } from './library-rows'

/**
 * @param db - an open database
 * @param id - the article
 */
export async function readArticleRecord(
  db: GlossDatabase,
  id: string,
): Promise<ArticleRecord | undefined> {
  const row: unknown = await db.articles.get(id)
  return isStoredArticleRecord(row) ? row : undefined
}

/**
 * An added article's blocks; undefined for an article never stored (or the bundled one).
 *
 * @param db - an open database
 * @param id - the article
 */
export async function readArticleBody(db: GlossDatabase, id: string): Promise<Article | undefined> {
  return (await db.articleBodies.get(id))?.article
}

/**
 * One of an added article's pictures.
 *
 * @param db - an open database
 * @param articleId - the article
 * @param name - the picture's name in its blocks (`ImageRef.image`)
 */
export async function readImage(
  db: GlossDatabase,
  articleId: string,
  name: string,
): Promise<Blob | undefined> {
  return (await db.articleImages.get([articleId, name]))?.blob
}
