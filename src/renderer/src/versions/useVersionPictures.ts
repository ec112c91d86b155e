/**
 * A previous version's pictures for its read-only view: `blob:` URLs of the Blobs the version
 * kept (`articleVersionImages`), all made before the version is shown, revoked when the view
 * goes. The current text's pictures are not touched: a version has its own.
 */
import { onScopeDispose, shallowRef } from 'vue'
import type { ArticleVersionRecord } from '@renderer/db/database'
import { readVersionImage } from '@renderer/db/library-versions'
import { pictureNames } from '@renderer/app/useArticlePictures'
import { provideArticleImages } from '@renderer/reader/article-images'
import { useStorageStore } from '@renderer/stores/storage'

/** @param version - the version shown (call in the setup of its view) */
export function useVersionPictures(version: ArticleVersionRecord) {
  const storage = useStorageStore()
  const urls = shallowRef<ReadonlyMap<string, string> | null>(null)
  let disposed = false
  provideArticleImages((name) => urls.value?.get(name) ?? null)

  void (async () => {
    const made = new Map<string, string>()
    for (const name of pictureNames(version.article)) {
      const blob = await storage.read((db) => readVersionImage(db, version.id, name))
      if (blob && !disposed) made.set(name, URL.createObjectURL(blob))
    }
    if (disposed) for (const url of made.values()) URL.revokeObjectURL(url)
    else urls.value = made
  })()

  onScopeDispose(() => {
    disposed = true
    for (const url of urls.value?.values() ?? []) URL.revokeObjectURL(url)
  })
  return { ready: () => urls.value !== null }
}
