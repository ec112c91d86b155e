/**
 * Where the reading view gets its pictures. The bundled article serves them from its asset
 * folder (`assetBase + name`); a library article keeps them as Blobs and shows them through
 * `blob:` URLs, so whoever opens such an article provides a resolver above the reading view.
 * Figures, inline pictures and the photo lightbox all ask the same resolver, so a picture is
 * the same everywhere, and a picture the resolver does not have (null) shows as a placeholder.
 */
import { inject, provide, type InjectionKey } from 'vue'
import type { ImageRef } from '@shared/article'

/** A picture's name among the article's images → a URL the page may load, or null. */
export type ArticleImageResolver = (name: string) => string | null

const ARTICLE_IMAGES: InjectionKey<ArticleImageResolver> = Symbol('article images')

/**
 * Give the components below the calling one their pictures (call in `setup`).
 *
 * @param resolve - name → URL (`blob:` for a stored picture), null when there is none
 */
export function provideArticleImages(resolve: ArticleImageResolver): void {
  provide(ARTICLE_IMAGES, resolve)
}

/**
 * Keep the resolver an ancestor provided or, when none did, provide the article's asset folder,
 * so the components below resolve pictures the same way (call in `setup`).
 *
 * @param assetBase - the article's `assetBase`, read at each resolution
 */
export function provideArticleImagesOrAssets(assetBase: () => string): void {
  const provided = inject(ARTICLE_IMAGES, null)
  provideArticleImages(provided ?? ((name) => assetBase() + name))
}

/**
 * The URL of a picture, through the resolver provided above (call in `setup`).
 *
 * @returns picture → its URL, or null when the article keeps no picture there
 */
export function useArticleImages(): (picture: ImageRef) => string | null {
  const resolve = inject(ARTICLE_IMAGES, null)
  return (picture) => (picture.image === null || !resolve ? null : resolve(picture.image))
}
