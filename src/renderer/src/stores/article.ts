/**
 * The article being read: opened by id (the sample article comes from the host, the reader's
 * own from the library), with its word count and reading time, and the reader's place in it
 * (saved per article id so reopening lands on the same passage), and whether it is in the Trash
 * (followed live, so restoring it says so at once).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, readonly, ref, shallowReadonly, shallowRef } from 'vue'
import { host } from '@host'
import { countWords, readingMinutes, type Article } from '@shared/article'
import { fail, ok, type Result } from '@shared/result'
import type { ReadingPosition } from '@renderer/db/database'
import { readArticleRecord } from '@renderer/db/library-bodies'
import { readReadingPosition, writeReadingPosition } from '@renderer/db/reader-state'
import { useLiveQuery } from '@renderer/composables/useLiveQuery'
import { useLibraryStore } from './library'
import { useStorageStore } from './storage'

export type ArticleStatus = 'loading' | 'ready' | 'failed'

/** A place in the article, as the reading view measures it. */
export type ReadingPlace = Pick<ReadingPosition, 'blockId' | 'blockFraction' | 'progress'>

export const useArticleStore = defineStore('article', () => {
  const storage = useStorageStore()
  const library = useLibraryStore()
  // Shallow: the article is immutable data, and the anchoring code wants plain objects.
  const article = shallowRef<Article | null>(null)
  const status = ref<ArticleStatus>('loading')
  const error = ref<string | null>(null)
  /** The last open failed because there is no such article (deleted, or a link to nothing). */
  const missing = ref(false)

  const record = useLiveQuery(() => {
    const id = article.value?.id
    return id === undefined ? null : (db) => readArticleRecord(db, id)
  })
  /** The article on screen is in the Trash (opened from there, or by a link). */
  const inTrash = computed(() => (record.value?.trashedAt ?? 0) > 0)

  const wordCount = computed(() => (article.value ? countWords(article.value.text) : 0))
  const minutesToRead = computed(() => readingMinutes(wordCount.value))

  // The sample article, asked of the host once (again after a failure, so Retry retries).
  let sample: Promise<Result<Article>> | null = null
  function readSample(): Promise<Result<Article>> {
    sample ??= host.loadArticle().then((result) => {
      if (!result.ok) sample = null
      return result
    })
    return sample
  }

  async function readArticle(id: string): Promise<Result<Article>> {
    const bundled = await readSample()
    if (bundled.ok && bundled.value.id === id) return bundled
    const stored = await library.readArticle(id)
    if (stored) return ok(stored)
    return fail('not-found', 'This article is not in your library; it may have been deleted.')
  }

  // Opens overlap when the reader moves quickly: only the latest one shows its article.
  let latestOpen = 0
  function show(result: Result<Article>): void {
    const before = article.value?.id
    if (before !== undefined && (!result.ok || result.value.id !== before)) {
      library.closeArticle(before)
    }
    if (result.ok) {
      void library.markOpened(result.value.id)
      article.value = result.value
      error.value = null
      missing.value = false
      status.value = 'ready'
    } else {
      article.value = null
      error.value = result.error.message
      missing.value = result.error.code === 'not-found'
      status.value = 'failed'
    }
  }

  /** @param id - the article to read */
  async function open(id: string): Promise<void> {
    if (article.value?.id === id && status.value === 'ready') return
    const request = ++latestOpen
    status.value = 'loading'
    const result = await readArticle(id)
    if (request === latestOpen) show(result)
  }

  /**
   * Read the article on screen again, its text having been replaced (an Update); nothing
   * when another article is on screen.
   *
   * @param id - the article whose text changed
   */
  async function reopen(id: string): Promise<void> {
    if (article.value?.id !== id) return
    const request = ++latestOpen
    const result = await readArticle(id)
    if (request === latestOpen && result.ok && article.value?.id === id)
      article.value = result.value
  }

  /** Open the sample article (the one Gloss ships with); its id, or null when it failed. */
  async function load(): Promise<string | null> {
    const request = ++latestOpen
    status.value = 'loading'
    const result = await readSample()
    if (request === latestOpen) show(result)
    return result.ok ? result.value.id : null
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
    missing: readonly(missing),
    /** The article's library row (title, author, address, tags…); undefined without one. */
    record,
    inTrash,
    wordCount,
    minutesToRead,
    open,
    reopen,
    load,
    loadReadingPosition,
    saveReadingPosition,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useArticleStore, import.meta.hot))
