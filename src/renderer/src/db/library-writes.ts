/**
 * Writes of the library's articles: adding one (its row, its blocks and its pictures, in one
 * transaction, or nothing), archiving, and noting that it was opened. The trash has its own
 * module (`library-trash.ts`), the bundled sample article too (`library-sample.ts`). As
 * everywhere in `db/`, a transaction holds database work only: the content hash is computed
 * before it starts. A write refused for lack of space (see `disk-full.ts`) aborts the whole
 * transaction, so an article is never half-stored.
 */
import { toRaw } from 'vue'
import type { Article } from '@shared/article'
import { contentHash } from './content-hash'
import type { ArticleImageRecord, ArticleOrigin, ArticleRecord, GlossDatabase } from './database'
import { findDuplicate, type Duplicate } from './library-duplicates'
import { isStoredArticleRecord, newArticleRecord, withDerivedFields } from './library-rows'

export interface NewArticle {
  /** The article; its `id` is a new UUID the caller made. */
  readonly article: Article
  /** Its pictures by the names its blocks use (`ImageRef.image`). */
  readonly images: ReadonlyMap<string, Blob>
  readonly origin: ArticleOrigin
  /** Milliseconds since the epoch. */
  readonly addedAt: number
}

export type AddArticleOutcome =
  | { readonly kind: 'added'; readonly row: ArticleRecord }
  | ({
      readonly kind: 'duplicate'
      /**
       * Found by its address, with other text: the page changed since it was added, and the
       * library's copy can be updated (`updating/`). Never for the bundled article.
       */
      readonly textChanged: boolean
    } & Duplicate)

/**
 * Store a new article with its pictures, unless the library already has it (same address or
 * same text): then nothing is written and the existing row is returned, with whether its text
 * differs from the new one's.
 *
 * @param db - a writable database
 * @param input - the article, its pictures, where it came from and when
 */
export async function addArticle(db: GlossDatabase, input: NewArticle): Promise<AddArticleOutcome> {
  const article = toRaw(input.article)
  const row = newArticleRecord({ ...input, article, contentHash: await contentHash(article.text) })
  const images: ArticleImageRecord[] = [...input.images].map(([name, blob]) => ({
    articleId: article.id,
    name,
    blob,
    bytes: blob.size,
  }))
  return db.transaction(
    'rw',
    [db.articles, db.articleBodies, db.articleImages],
    async (): Promise<AddArticleOutcome> => {
      const duplicate = await findDuplicate(db, row)
      if (duplicate) {
        const { existing, reason } = duplicate
        const textChanged =
          reason === 'url' &&
          existing.origin !== 'bundled' &&
          existing.contentHash !== row.contentHash
        return { kind: 'duplicate', ...duplicate, textChanged }
      }
      await Promise.all([
        db.articles.add(row),
        db.articleBodies.add({ id: article.id, article }),
        db.articleImages.bulkAdd(images),
      ])
      return { kind: 'added', row }
    },
  )
}

/**
 * Change some fields of an article's row, keeping its derived fields in step. Does nothing
 * when there is no such article.
 *
 * @param db - a writable database
 * @param id - the article
 * @param change - the new values, from the row as stored now
 */
export async function updateArticleRecord(
  db: GlossDatabase,
  id: string,
  change: (row: ArticleRecord) => Partial<ArticleRecord>,
): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const row: unknown = await db.articles.get(id)
    if (!isStoredArticleRecord(row)) return
    await db.articles.put(withDerivedFields({ ...row, ...change(row) }))
  })
}

/**
 * Move an article to the archive, or back to the reading list.
 *
 * @param db - a writable database
 * @param id - the article
 * @param archived - true to archive
 */
export async function setArchived(db: GlossDatabase, id: string, archived: boolean): Promise<void> {
  await updateArticleRecord(db, id, () => ({ archived: archived ? 1 : 0 }))
}

/**
 * Note that an article was opened now (the library's "recently opened" order).
 *
 * @param db - a writable database
 * @param id - the article
 * @param now - milliseconds since the epoch
 */
export async function markOpened(db: GlossDatabase, id: string, now: number): Promise<void> {
  await updateArticleRecord(db, id, () => ({ openedAt: now }))
}

/**
 * Replace an article's own tags.
 *
 * @param db - a writable database
 * @param id - the article
 * @param tags - the tags, each once
 */
export async function setArticleTags(
  db: GlossDatabase,
  id: string,
  tags: readonly string[],
): Promise<void> {
  await updateArticleRecord(db, id, () => ({ tags: [...new Set(tags)] }))
}
