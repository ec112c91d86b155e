/**
 * The results list as the keyboard walks it: every article of the results, then its
 * highlights, as one flat list of options (what the listbox's arrows move through and Enter
 * opens), each with a stable key for the DOM.
 */
import type { ArticleResultGroup } from './search-results'

export type SearchOption =
  | { readonly kind: 'article'; readonly key: string; readonly articleId: string }
  | {
      readonly kind: 'highlight'
      readonly key: string
      readonly articleId: string
      readonly annotationId: string
    }

export function searchOptions(groups: readonly ArticleResultGroup[]): SearchOption[] {
  return groups.flatMap((group): SearchOption[] => [
    { kind: 'article', key: `article-${group.articleId}`, articleId: group.articleId },
    ...group.highlights.map((hit): SearchOption => ({
      kind: 'highlight',
      key: `highlight-${hit.annotationId}`,
      articleId: group.articleId,
      annotationId: hit.annotationId,
    })),
  ])
}

/** Where an arrow key moves the active option to, within `count` options. */
export function movedOption(key: string, active: number, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, active + 1)
    case 'ArrowUp':
      return Math.max(0, active - 1)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}
