/**
 * The article being read: loaded from the host, with its word count and reading time, and the
 * reader's place in it (saved per article id so reopening lands on the same passage).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, readonly, ref, shallowReadonly, shallowRef } from 'vue'
import { host } from '@host'
import { countWords, readingMinutes, type Article } from '@shared/article'
import type { ReadingPosition } from '@renderer/db/database'
import { readReadingPosition, writeReadingPosition } from '@renderer/db/reader-state'
import { useStorageStore } from './storage'

export type ArticleStatus = 'loading' | 'ready' | 'failed'

/** A place in the article, as the reading view measures it. */
export type ReadingPlace = Pick<ReadingPosition, 'blockId' | 'blockFraction' | 'progress'>

export const useArticleStore = defineStore('article', () => {
  const storage = useStorageStore()
  // Shallow: the article is immutable data, and the anchoring code wants plain objects.
  const article = shallowRef<Article | null>(null)
  const status = ref<ArticleStatus>('loading')
  const error = ref<string | null>(null)

  const wordCount = computed(() => (article.value ? countWords(article.value.text) : 0))
  const minutesToRead = computed(() => readingMinutes(wordCount.value))

  async function load(): Promise<void> {
    status.value = 'loading'
    const result = await host.loadArticle()
    if (result.ok) {
      article.value = result.value
      error.value = null
      status.value = 'ready'
    } else {
      error.value = result.error.message
      status.value = 'failed'
    }
  }

  /** Where the reader last was in this article, if they ever scrolled it. */
  async function loadReadingPosition(): Promise<ReadingPosition | undefined> {
    const id = article.value?.id
    if (id === undefined) return undefined
    return storage.read((db) => readReadingPosition(db, id))
  }

  /** @param place - where the reader is now */
  async function saveReadingPosition(place: ReadingPlace): Promise<void> {
    const id = article.value?.id
    if (id === undefined) return
    const position: ReadingPosition = { ...place, articleId: id, updatedAt: Date.now() }
    await storage.write((db) => writeReadingPosition(db, position))
  }

  return {
    article: shallowReadonly(article),
    status: readonly(status),
    error: readonly(error),
    wordCount,
    minutesToRead,
    load,
    loadReadingPosition,
    saveReadingPosition,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useArticleStore, import.meta.hot))
