/**
 * One item of a batch, from what the reader added to an article in the library: read (the
 * file's type, charset, MHTML parts, page folder), extracted (Readability, DOMPurify, the
 * allow-list), then stored unless the library has it already, and given the highlights an
 * import kept waiting for it. Every failure becomes the item's outcome with its reason;
 * nothing is stored until the article is whole. A page the library has under the same address
 * but with other text comes back as a duplicate holding the new text, for Update to use.
 */
import type { ArticleOrigin } from '@renderer/db/database'
import type { DuplicateReason } from '@renderer/db/library-duplicates'
import type { NewArticle } from '@renderer/db/library-writes'
import type { Article } from '@shared/article'
import type { HostError, Result } from '@shared/result'
import type { AddOutcome } from './add-queue'
import { extractArticle } from './extract/extract-article'
import type { FindReadable } from './extract/readable-client'
import type { PageSource } from './page-source'

/** What storing came to (the library store's `addArticle` answers this way). */
export type StoreOutcome =
  | { readonly kind: 'added'; readonly id: string }
  | {
      readonly kind: 'duplicate'
      readonly existing: { readonly id: string; readonly title: string }
      readonly reason: DuplicateReason
      /** Same address, other text: the library's copy can be updated with this one. */
      readonly textChanged: boolean
    }
  | { readonly kind: 'failed'; readonly message: string }

export interface AddArticleSteps {
  readonly findReadable: FindReadable
  /** Store the article (the library store's `addArticle`). */
  readonly store: (input: NewArticle) => Promise<StoreOutcome>
  /**
   * Once stored, move onto it the highlights an import kept waiting for it
   * (`importing/adoption.ts`); resolves the notice saying so, or null when none waited.
   */
  readonly adopt?: (article: Article) => Promise<string | null>
  /** A new article id. */
  readonly newId?: () => string
  readonly now?: () => number
}

/**
 * @param name - the item's name, for its outcome
 * @param read - reads what was added into a source to extract from
 * @param origin - a file, or a paste
 * @param signal - cancels the item
 * @param steps - extraction and storage
 */
export async function addArticle(
  name: string,
  read: () => Promise<Result<PageSource, HostError>>,
  origin: Exclude<ArticleOrigin, 'bundled'>,
  signal: AbortSignal,
  steps: AddArticleSteps,
): Promise<AddOutcome> {
  const cancelled: AddOutcome = { kind: 'cancelled', name }
  const refused = (error: HostError): AddOutcome =>
    error.code === 'cancelled' ? cancelled : { kind: 'refused', name, reason: error.message }
  if (signal.aborted) return cancelled
  const source = await read()
  if (!source.ok) return refused(source.error)
  if (signal.aborted) return cancelled
  const id = steps.newId?.() ?? crypto.randomUUID()
  const extracted = await extractArticle(source.value, {
    id,
    signal,
    findReadable: steps.findReadable,
  })
  if (!extracted.ok) return refused(extracted.error)
  if (signal.aborted) return cancelled
  const { article, images, notices } = extracted.value
  const stored = await steps.store({
    article,
    images,
    origin,
    addedAt: steps.now?.() ?? Date.now(),
  })
  switch (stored.kind) {
    case 'added': {
      const adopted = (await steps.adopt?.(article)) ?? null
      const all = adopted === null ? notices : [...notices, adopted]
      return { kind: 'added', name, articleId: stored.id, ...(all.length > 0 && { notices: all }) }
    }
    case 'duplicate':
      return {
        kind: 'duplicate',
        name,
        articleId: stored.existing.id,
        title: stored.existing.title,
        reason: stored.reason,
        ...(stored.textChanged && { update: { article, images } }),
      }
    case 'failed':
      return { kind: 'refused', name, reason: stored.message }
  }
}
