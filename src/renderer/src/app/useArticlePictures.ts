/**
 * The pictures of the article on screen, for the reading view: the bundled article's from its
 * asset folder, a library article's as `blob:` URLs of its stored pictures, all made before
 * the article is shown (so figures appear with their pictures, and the reading position is
 * restored over the final layout). `ready` says when they are. The library store revokes the
 * URLs when the article is closed.
 */
import { computed, shallowRef, watch } from 'vue'
import type { Article } from '@shared/article'
import { provideArticleImages } from '@renderer/reader/article-images'
import { useArticleStore } from '@renderer/stores/article'
import { useLibraryStore } from '@renderer/stores/library'

/** Every picture name an article's blocks use, once each. */
export function pictureNames(article: Article): string[] {
  const names = new Set<string>()
  for (const block of article.blocks) {
    if (block.kind === 'figure' && block.image) names.add(block.image)
    for (const mark of block.marks ?? [])
      if (mark.kind === 'image' && mark.image) names.add(mark.image)
  }
  return [...names]
}

/** Call in the setup of the page that shows the reading view. */
export function useArticlePictures() {
  const articles = useArticleStore()
  const library = useLibraryStore()
  const urls = shallowRef<{
    readonly articleId: string
    readonly byName: ReadonlyMap<string, string>
  }>()

  provideArticleImages((name) => {
    const article = articles.article
    if (!article) return null
    if (article.assetBase !== '') return article.assetBase + name
    return urls.value?.articleId === article.id ? (urls.value.byName.get(name) ?? null) : null
  })

  watch(
    () => articles.article,
    async (article) => {
      if (!article || article.assetBase !== '') return
      const made = await Promise.all(
        pictureNames(article).map(
          async (name) => [name, await library.imageUrl(article.id, name)] as const,
        ),
      )
      if (articles.article !== article) return
      const byName = new Map<string, string>()
      for (const [name, url] of made) if (url) byName.set(name, url)
      urls.value = { articleId: article.id, byName }
    },
    { immediate: true },
  )

  const ready = computed(() => {
    const article = articles.article
    return !!article && (article.assetBase !== '' || urls.value?.articleId === article.id)
  })
  return { ready }
}
