/**
 * What search indexes, made from what the library stores: one document per article (title,
 * author, site, tags, then its text), per highlight (quote, note, tags) and per article note.
 * Each document has a key (`article:<id>`, `highlight:<id>`, `note:<articleId>`), the article it
 * belongs to, and a stamp: a string that changes whenever what the document indexes changes,
 * known from the cheap list reads alone (an article's stamp from its row, which carries the
 * hash of its text; a note's from its `updatedAt`), so bringing a persisted index up to date
 * reads only what changed (`index-sync.ts`).
 *
 * Highlights are too many to list with their times: IndexedDB gives every id at once, but an
 * index's keys (`updatedAt`) only one cursor step at a time (3.6 s for 50,000 in Chromium). So
 * the listing names every highlight id, and the ids whose `updatedAt` is later than a time the
 * index gives (`HighlightListing`); a highlight's stamp is still its `updatedAt`.
 */
import type { Annotation, ArticleNote } from '@shared/annotation'

/** An article's list fields as search reads them; its text is read only when it is indexed. */
export interface ArticleListing {
  readonly id: string
  readonly title: string
  readonly byline: string
  readonly siteName: string
  readonly tags: readonly string[]
  /** Hash of the article's text: it changes when the text does. */
  readonly contentHash: string
  readonly trashed: boolean
  /** The bundled sample article: its text comes from the host, not from the database. */
  readonly bundled: boolean
}

/** The highlights, as a listing gives them. */
export interface HighlightListing {
  /** Every highlight's id. */
  readonly ids: readonly string[]
  /** Ids of the highlights changed after the time the listing was asked for. */
  readonly changed: readonly string[]
}

/** What the library holds, read cheaply: every article row, highlight id and note time. */
export interface LibraryListing {
  /**
   * When everything was last replaced by a restore (ms since the epoch; 0 when never): an
   * index made before it is of data that is gone, and is built again.
   */
  readonly restoredAt: number
  readonly articles: readonly ArticleListing[]
  readonly highlights: HighlightListing
  readonly notes: readonly { readonly articleId: string; readonly updatedAt: number }[]
}

export type DocumentKind = 'article' | 'highlight' | 'note'

/** A document as the index takes it. */
export interface SearchDocument {
  readonly key: string
  readonly articleId: string
  readonly stamp: string
  /** Short texts, searched first (title, author, site, tags; a quote, a note). */
  readonly heads: readonly string[]
  /** An article's text; empty for other documents. */
  readonly body: string
}

export function documentKey(kind: DocumentKind, id: string): string {
  return `${kind}:${id}`
}

/** The kind and id a key was made from. */
export function parseDocumentKey(key: string): { kind: DocumentKind; id: string } {
  const colon = key.indexOf(':')
  return { kind: key.slice(0, colon) as DocumentKind, id: key.slice(colon + 1) }
}

/**
 * @param article - its row
 * @param hasText - whether its text is indexed with it (the sample's may not be known yet)
 */
export function articleStamp(article: ArticleListing, hasText: boolean): string {
  const { title, byline, siteName, tags, contentHash } = article
  return JSON.stringify([title, byline, siteName, tags, hasText ? contentHash : ''])
}

/** The texts an article is searched by, heads first; `articleTexts(...).at(-1)` is its text. */
export function articleTexts(article: ArticleListing, text: string): string[] {
  return [article.title, article.byline, article.siteName, article.tags.join(' '), text]
}

/**
 * @param article - its row
 * @param text - its canonical text; undefined when unknown (indexed by its list fields alone)
 */
export function articleDocument(article: ArticleListing, text: string | undefined): SearchDocument {
  const texts = articleTexts(article, text ?? '')
  return {
    key: documentKey('article', article.id),
    articleId: article.id,
    stamp: articleStamp(article, text !== undefined),
    heads: texts.slice(0, -1),
    body: texts.at(-1)!,
  }
}

/** The texts a highlight is searched by: its quote, its note, its tags. */
export function highlightTexts(annotation: Annotation): string[] {
  return [annotation.target.quote.exact, annotation.note, annotation.tags.join(' ')]
}

export function highlightDocument(annotation: Annotation): SearchDocument {
  return {
    key: documentKey('highlight', annotation.id),
    articleId: annotation.articleId,
    stamp: String(annotation.updatedAt),
    heads: highlightTexts(annotation),
    body: '',
  }
}

export function noteDocument(note: ArticleNote): SearchDocument {
  return {
    key: documentKey('note', note.articleId),
    articleId: note.articleId,
    stamp: String(note.updatedAt),
    heads: [note.note],
    body: '',
  }
}

/**
 * The stamp every article and note should have now, by key.
 *
 * @param listing - the library, read cheaply
 * @param hasText - whether an article's text can be indexed (false for the sample before the
 *   host has served it)
 */
export function currentStamps(
  listing: LibraryListing,
  hasText: (article: ArticleListing) => boolean,
): Map<string, string> {
  const stamps = new Map<string, string>()
  for (const article of listing.articles) {
    stamps.set(documentKey('article', article.id), articleStamp(article, hasText(article)))
  }
  for (const { articleId, updatedAt } of listing.notes) {
    stamps.set(documentKey('note', articleId), String(updatedAt))
  }
  return stamps
}
