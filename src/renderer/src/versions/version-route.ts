/** The address of a previous version of an article (see app/router.ts for every route). */
import type { RouteLocationRaw } from 'vue-router'

/**
 * @param articleId - the article
 * @param versionId - one of its previous versions
 */
export function versionRoute(articleId: string, versionId: string): RouteLocationRaw {
  return { name: 'version', params: { id: articleId, versionId } }
}
