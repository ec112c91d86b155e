/**
 * Update: an article the library has, added again with other text, replaces its text while
 * every highlight follows it. The highlights are re-anchored on the new text first, off the
 * database and a few milliseconds at a time (`reanchor.ts`); then one transaction stores the
 * new text and makes the old one a version (`db/library-versions.ts`). If another window
 * changed the article or a highlight in between, the transaction refuses and the work is done
 * again on what is stored now.
 */
import type { Article } from '@shared/article'
import { createTextIndex, type AnchorBatchOptions } from '@renderer/anchoring'
import { listArticleAnnotations } from '@renderer/db/annotations'
import { contentHash } from '@renderer/db/content-hash'
import type { GlossDatabase } from '@renderer/db/database'
import { readArticleRecord } from '@renderer/db/library-bodies'
import { ArticleChangedMeanwhile, replaceArticleText } from '@renderer/db/library-versions'
import { reanchorHighlights, reanchorSummary, type ReanchorOutcome } from './reanchor'

/** The new text: the article as extracted again (any id) and its pictures. */
export interface ArticleUpdateInput {
  readonly article: Article
  readonly images: ReadonlyMap<string, Blob>
}

export type ArticleUpdateOutcome =
  | {
      readonly kind: 'updated'
      readonly versionId: string
      readonly counts: Readonly<Record<ReanchorOutcome, number>>
      /** "31 highlights kept, 2 moved, 1 not found" */
      readonly summary: string
    }
  /** The library already has this very text: nothing to do. */
  | { readonly kind: 'unchanged' }
  /** The article is no longer in the library. */
  | { readonly kind: 'missing' }

export interface ArticleUpdateOptions {
  readonly now?: () => number
  readonly newId?: () => string
  /** How the re-anchoring shares the main thread (`anchorTargets`). */
  readonly anchoring?: AnchorBatchOptions
}

/** Tries before giving up when other windows keep changing the article meanwhile. */
const ATTEMPTS = 3

/**
 * @param db - a writable database
 * @param articleId - the article to update
 * @param input - its new text and pictures
 * @param options - clock, ids and anchoring options, for tests
 */
export async function updateArticleText(
  db: GlossDatabase,
  articleId: string,
  input: ArticleUpdateInput,
  options: ArticleUpdateOptions = {},
): Promise<ArticleUpdateOutcome> {
  const article: Article = { ...input.article, id: articleId }
  const hash = await contentHash(article.text)
  const index = createTextIndex(article.text)
  for (let attempt = 1; ; attempt++) {
    const before = await readArticleRecord(db, articleId)
    if (!before) return { kind: 'missing' }
    if (before.contentHash === hash) return { kind: 'unchanged' }
    const highlightsBefore = await listArticleAnnotations(db, articleId)
    const { targets, counts } = await reanchorHighlights(index, highlightsBefore, options.anchoring)
    const versionId = options.newId?.() ?? crypto.randomUUID()
    try {
      await replaceArticleText(db, {
        ...{ versionId, before, highlightsBefore, article, images: input.images },
        ...{ contentHash: hash, targets, now: options.now?.() ?? Date.now() },
      })
      return { kind: 'updated', versionId, counts, summary: reanchorSummary(counts) }
    } catch (error) {
      if (!(error instanceof ArticleChangedMeanwhile) || attempt === ATTEMPTS) throw error
    }
  }
}
