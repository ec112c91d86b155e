/** The address of an article, or of one highlight in it (see router.ts for every route). */
import type { RouteLocationRaw } from 'vue-router'

/**
 * @param articleId - the article
 * @param annotationId - a highlight to scroll to and focus
 */
export function articleRoute(articleId: string, annotationId?: string): RouteLocationRaw {
  return annotationId === undefined
    ? { name: 'article', params: { id: articleId } }
    : { name: 'highlight', params: { id: articleId, annotationId } }
}
