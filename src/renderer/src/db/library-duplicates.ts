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
    normalizedUrl ? db.articles.where('normalizedUrl').equals(normalizedUrl).first() : undefined,
    db.articles.where('contentHash').equals(contentHash).first(),
  ])
  if (isStoredArticleRecord(byUrl)) return { existing: byUrl, reason: 'url' }
  if (isStoredArticleRecord(byText)) return { existing: byText, reason: 'text' }
  return undefined
}
