/**
 * What a document named by an import file is looked up by in the library: the article id a
 * Gloss export names (`urn:gloss:article:<id>`), the page's address normalised as the library
 * normalises it (`db/normalize-url.ts`), and its title as a key. The title key folds the title
 * the way the library's sort key does (`db/sort-title.ts`: diacritics, a leading `The`/`A`/`An`)
 * and then as imports compare titles (`normaliseTitle`: case, punctuation, apostrophes), so a
 * library article's key is made from the sort key it already stores, read from an index alone.
 */
import { normalizeUrl } from '@renderer/db/normalize-url'
import { sortTitle } from '@renderer/db/sort-title'
import type { ImportDocument } from '@renderer/importing/formats/types'
import { normaliseTitle } from '../document-titles'

const GLOSS_ARTICLE = 'urn:gloss:article:'

export interface DocumentKeys {
  /** The library article id a Gloss export names; '' for any other source. */
  readonly articleId: string
  /** `normalizeUrl` of the source; '' when it is not a web address. */
  readonly normalizedUrl: string
  /** `titleKey` of the title; '' when the file gives none. */
  readonly titleKey: string
}

/**
 * @param stored - a library article's stored sort key (`ArticleRecord.sortTitle`)
 * @returns the key titles are matched by
 */
export function titleKeyOfSortTitle(stored: string): string {
  return normaliseTitle(stored)
}

/** @param title - a title as a file or the library writes it */
export function titleKey(title: string): string {
  return titleKeyOfSortTitle(sortTitle(title))
}

function glossArticleId(source: string): string {
  if (!source.startsWith(GLOSS_ARTICLE)) return ''
  try {
    return decodeURIComponent(source.slice(GLOSS_ARTICLE.length))
  } catch {
    return ''
  }
}

/** @param document - the document as the file names it */
export function documentKeys(document: ImportDocument): DocumentKeys {
  return {
    articleId: glossArticleId(document.source),
    normalizedUrl: normalizeUrl(document.source),
    titleKey: titleKey(document.title),
  }
}
