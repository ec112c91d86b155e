/**
 * Which library article each document of an import file is: the article a Gloss export names
 * by id, when the library has it; else the article stored under the same normalised address
 * (the library stores the page's canonical address when the page gave one, so that is the one
 * compared); else the one article whose title has the same key, when the document or the
 * article has no address to tell them apart by; else none, and its highlights
 * wait under "Not in your library". A title shared by two articles matches neither: a guess
 * would put highlights on the wrong article. Articles in the Trash match like any other (the
 * highlights come back with the article when it is restored) and the plan says they are there.
 *
 * One rule belongs to the reader: a file on one document that matches no article, imported
 * while an article is open, goes to that article, whatever its address or title say: the
 * reader chose the file for the article in front of them (a page saved under another address,
 * a book title that is not the article's).
 *
 * Pure: the flow reads the library's candidates first (`db/import-lookups.ts`).
 */
import type { DocumentGroup } from './document-groups'

/** A library article as matching sees it. */
export interface LibraryArticleRef {
  readonly id: string
  readonly title: string
  /** True when it is in the Trash. */
  readonly trashed: boolean
  /** Its normalised address; '' when it has none. */
  readonly normalizedUrl: string
}

/** The library articles that could match, as read for one file. */
export interface LibraryLookups {
  readonly byId: ReadonlyMap<string, LibraryArticleRef>
  readonly byUrl: ReadonlyMap<string, readonly LibraryArticleRef[]>
  readonly byTitle: ReadonlyMap<string, readonly LibraryArticleRef[]>
}

/** How a document found its article: by id, address, title, or being the open article's file. */
export type MatchReason = 'id' | 'url' | 'title' | 'open-article'

export interface DocumentMatch {
  readonly group: DocumentGroup
  /** The article it goes to; null when the library does not have it. */
  readonly article: LibraryArticleRef | null
  readonly reason: MatchReason | null
}

/** Of several articles under one address, one outside the Trash first. */
function preferred(refs: readonly LibraryArticleRef[] | undefined): LibraryArticleRef | null {
  if (!refs || refs.length === 0) return null
  return refs.find((ref) => !ref.trashed) ?? refs[0]
}

function matchOne(group: DocumentGroup, lookups: LibraryLookups): DocumentMatch {
  const byId = group.articleId ? lookups.byId.get(group.articleId) : undefined
  if (byId) return { group, article: byId, reason: 'id' }
  const byUrl = group.normalizedUrl ? preferred(lookups.byUrl.get(group.normalizedUrl)) : null
  if (byUrl) return { group, article: byUrl, reason: 'url' }
  // Two different addresses are two pages, whatever their titles say.
  const byTitle = (group.titleKey ? (lookups.byTitle.get(group.titleKey) ?? []) : []).filter(
    (ref) => group.normalizedUrl === '' || ref.normalizedUrl === '',
  )
  if (byTitle.length === 1) return { group, article: byTitle[0], reason: 'title' }
  return { group, article: null, reason: null }
}

/**
 * @param groups - the file's documents (`groupByDocument`)
 * @param lookups - the library's candidates for them
 * @param openArticle - the article open in the reader when the reader imports; absent from the library view
 */
export function matchDocuments(
  groups: readonly DocumentGroup[],
  lookups: LibraryLookups,
  openArticle?: LibraryArticleRef,
): DocumentMatch[] {
  const matches = groups.map((group) => matchOne(group, lookups))
  if (openArticle && matches.length === 1 && matches[0].article === null) {
    return [{ group: matches[0].group, article: openArticle, reason: 'open-article' }]
  }
  return matches
}

/** What a lookup needs to read: the ids, addresses and title keys the file names. */
export interface WantedKeys {
  readonly ids: readonly string[]
  readonly urls: readonly string[]
  readonly titleKeys: readonly string[]
}

/** @param groups - the file's documents */
export function wantedKeys(groups: readonly DocumentGroup[]): WantedKeys {
  const distinct = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ''))]
  return {
    ids: distinct(groups.map((group) => group.articleId)),
    urls: distinct(groups.map((group) => group.normalizedUrl)),
    titleKeys: distinct(groups.map((group) => group.titleKey)),
  }
}
