/**
 * Is this article already in the library? An article added again is found by its address
 * (`normalize-url.ts`: scheme, `www.`, trailing slash, fragment and tracking parameters aside)
 * or, when the addresses differ or are unknown, by its text (`content-hash.ts`). Both are index
 * lookups of one key. An article in the trash counts: its row says so (`trashedAt`), and the
 * reader can restore it rather than keep two.
 */
import type { ArticleRecord, GlossDatabase } from './database'
import { isStoredArticleRecord } from './library-rows'

export type DuplicateReason = 'url' | 'text'

export interface Duplicate {
  readonly existing: ArticleRecord
  readonly reason: DuplicateReason
}

/** What a new article is recognised by. */
export interface ArticleFingerprint {
  /** `normalizeUrl` of its address; empty when it has none. */
  readonly normalizedUrl: string
  readonly contentHash: string
}

/**
 * The article stored under this address (normalised), if any: for an import that names its
 * pages by address before it has their text. Usable inside a transaction over `articles`.
 *
 * @param db - an open database
 * @param normalizedUrl - `normalizeUrl` of the address; '' finds nothing
 */
export async function findArticleByUrl(
  db: GlossDatabase,
  normalizedUrl: string,
): Promise<ArticleRecord | undefined> {
  if (!normalizedUrl) return undefined
  const row: unknown = await db.articles.where('normalizedUrl').equals(normalizedUrl).first()
  return isStoredArticleRecord(row) ? row : undefined
}

/**
 * The article already stored under the same address or text, if any. Usable inside a
 * transaction over `articles`.
 *
 * @param db - an open database
 * @param fingerprint - the new article's normalised address and content hash
 */
export async function findDuplicate(
  db: GlossDatabase,
  { normalizedUrl, contentHash }: ArticleFingerprint,
): Promise<Duplicate | undefined> {
  const [byUrl, byText] = await Promise.all([
    findArticleByUrl(db, normalizedUrl),
    db.articles.where('contentHash').equals(contentHash).first(),
  ])
  if (byUrl) return { existing: byUrl, reason: 'url' }
  if (isStoredArticleRecord(byText)) return { existing: byText, reason: 'text' }
  return undefined
}
