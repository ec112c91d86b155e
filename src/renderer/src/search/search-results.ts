/**
 * What a search answers: matches grouped by article, each article once, in the order of its
 * best match. A group names its article (title, author, site, with the query's words marked),
 * says whether the article itself matched (with a snippet of its text), and lists its matching
 * highlights in reading order and its note. Plain data with ranges, sent from the worker as is.
 */
import type { MarkedText } from './snippet'

export interface HighlightResult {
  readonly annotationId: string
  /** Offset of the highlight in the article's text: highlights are listed in reading order. */
  readonly position: number
  readonly quote: MarkedText
  /** The highlight's note, when it has one. */
  readonly note: MarkedText | null
  readonly tags: readonly MarkedText[]
}

/** How an article is named in the results. */
export interface ArticleHeading {
  readonly title: MarkedText
  readonly byline: MarkedText
  readonly siteName: MarkedText
}

export interface ArticleResultGroup extends ArticleHeading {
  readonly articleId: string
  /** The article itself matched (its title, author, site, tags or text). */
  readonly articleMatched: boolean
  /** Where in its text it matched; null when it did not, or only its heading did. */
  readonly snippet: MarkedText | null
  /** Its article note, when that matched. */
  readonly note: MarkedText | null
  readonly highlights: readonly HighlightResult[]
}

/** One match, before grouping. */
export type SearchHit =
  | { readonly kind: 'article'; readonly articleId: string; readonly snippet: MarkedText | null }
  | { readonly kind: 'highlight'; readonly articleId: string; readonly highlight: HighlightResult }
  | { readonly kind: 'note'; readonly articleId: string; readonly note: MarkedText }

/**
 * @param hits - matches, best first
 * @param headingOf - how to name an article
 */
export function groupByArticle(
  hits: readonly SearchHit[],
  headingOf: (articleId: string) => ArticleHeading,
): ArticleResultGroup[] {
  const groups = new Map<string, ArticleResultGroup>()
  for (const hit of hits) {
    const group = groups.get(hit.articleId) ?? {
      articleId: hit.articleId,
      ...headingOf(hit.articleId),
      articleMatched: false,
      snippet: null,
      note: null,
      highlights: [],
    }
    groups.set(hit.articleId, withHit(group, hit))
  }
  return [...groups.values()].map((group) => ({
    ...group,
    highlights: [...group.highlights].sort((a, b) => a.position - b.position),
  }))
}

function withHit(group: ArticleResultGroup, hit: SearchHit): ArticleResultGroup {
  switch (hit.kind) {
    case 'article':
      return { ...group, articleMatched: true, snippet: hit.snippet }
    case 'note':
      return { ...group, note: hit.note }
    case 'highlight':
      return { ...group, highlights: [...group.highlights, hit.highlight] }
  }
}
