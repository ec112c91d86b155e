/**
 * The library: the articles the reader keeps, as the library view and the reader see them.
 * Implements `LibrarySource` (the view's contract: cheap ordered ids, rows read only for the
 * rows in view) over IndexedDB, following the database live (`storage.observe`: Dexie's
 * liveQuery sees this window's writes and other windows'), and adds what the rest of the app
 * needs: adding an article (or learning it is already there), updating one whose page changed,
 * reading one to open it, its
 * pictures as `blob:` URLs, noting that it was opened, and bringing back the sample article.
 *
 * A list's first screen of rows is read by one short cursor while its ids are read, so a library
 * of thousands paints before it has every id (`readFirstLibraryRows`).
 *
 * At start it deletes for good what has been in the trash over 30 days, and gives the bundled
 * sample article its row on a fresh library (`db/library-sample.ts`). Every write goes through
 * the `db/library-*.ts` modules by way of the storage store, which reports failures.
 */
import { acceptHMRUpdate, defineStore, storeToRefs } from 'pinia'
import { readonly, ref, shallowRef, triggerRef, watch } from 'vue'
import { host } from '@host'
import type { Article } from '@shared/article'
import { injectDatabase } from '@renderer/db/connection'
import type { GlossDatabase } from '@renderer/db/database'
import { isDiskFull } from '@renderer/db/disk-full'
import { readArticleBody, readArticleRecord, readImage } from '@renderer/db/library-bodies'
import type { DuplicateReason } from '@renderer/db/library-duplicates'
import { libraryFullMessage } from '@renderer/db/library-full'
import {
  listArticleIds,
  listLibraryTags,
  readFirstLibraryRows,
  readLibraryRows,
} from '@renderer/db/library-queries'
import { libraryRow } from '@renderer/db/library-rows'
import { ensureSampleArticle, restoreSampleArticle } from '@renderer/db/library-sample'
import {
  emptyTrash,
  moveToTrash,
  purgeExpiredTrash,
  restoreFromTrash,
} from '@renderer/db/library-trash'
import {
  addArticle as storeArticle,
  markOpened as storeOpened,
  setArchived as storeArchived,
  setArticleTags as storeArticleTags,
  type AddArticleOutcome,
  type NewArticle,
} from '@renderer/db/library-writes'
import type { LibraryQuery, LibraryRow, LibrarySource } from '@renderer/library/library-source'
import {
  updateArticleText,
  type ArticleUpdateInput,
  type ArticleUpdateOutcome,
} from '@renderer/updating/update-article'
import { createImageUrls } from './library-image-urls'
import { createRowPages } from './library-row-pages'
import { useStorageStore } from './storage'

export type AddArticleResult =
  | { readonly kind: 'added'; readonly id: string }
  | {
      readonly kind: 'duplicate'
      readonly existing: LibraryRow
      readonly reason: DuplicateReason
      /** Same address, other text: an Update can be offered. */
      readonly textChanged: boolean
    }
  | { readonly kind: 'failed'; readonly message: string }

/** What an Update came to: done (with its summary), nothing to do, or why it failed. */
export type UpdateResult =
  ArticleUpdateOutcome | { readonly kind: 'failed'; readonly message: string }

/** The list the library opens on: the reading list, most recently added first. */
export const DEFAULT_LIBRARY_QUERY: LibraryQuery = {
  shelf: 'reading',
  sort: 'added',
  readState: 'all',
  tag: null,
}

export const useLibraryStore = defineStore('library', () => {
  const storage = useStorageStore()
  const connection = injectDatabase()
  const query = ref<LibraryQuery>(DEFAULT_LIBRARY_QUERY)
  const ids = shallowRef<readonly string[]>([])
  const rows = shallowRef(new Map<string, LibraryRow>())
  const tags = shallowRef<readonly string[]>([])
  const loading = ref(true)
  const complete = ref(false)
  const images = createImageUrls(
    async (articleId, name) =>
      (await storage.read((db) => readImage(db, articleId, name))) ?? undefined,
  )
  /** The bundled article as the host served it (its blocks are not in the database). */
  let sample: Promise<Article | undefined> | undefined

  function loadSample(): Promise<Article | undefined> {
    sample ??= host.loadArticle().then((result) => (result.ok ? result.value : undefined))
    return sample
  }

  /** Purge the expired trash, then give a fresh library the sample article. */
  async function prepare(): Promise<void> {
    await storage.write(async (db) => {
      await purgeExpiredTrash(db, Date.now())
    })
    const article = await loadSample()
    if (article) {
      await storage.write(async (db) => {
        await ensureSampleArticle(db, article)
      })
    }
  }

  // The rows in view: ids[from..to) as last asked for, read in aligned pages and followed live
  // (progress, highlight counts, a title another window changed). Rows read before stay in
  // `rows` for scrolling back; the Map is updated in place (copying thousands of rows at every
  // page read showed in scrolling) and its ref triggered.
  let view = { from: 0, to: 0 }
  const pages = createRowPages((wanted) =>
    storage.observe((db) => readLibraryRows(db, wanted), showRows),
  )

  function followRows(): void {
    pages.show(ids.value, view.from, view.to)
  }

  /** Keep these rows (newly read, or read again after a write) for the list to show. */
  function showRows(loaded: readonly LibraryRow[]): void {
    for (const row of loaded) rows.value.set(row.id, row)
    triggerRef(rows)
  }

  let stopIds: (() => void) | undefined

  function followIds(): void {
    stopIds?.()
    loading.value = true
    complete.value = false
    const current = query.value
    // The first screen's rows come by a short cursor while every id of the list is read: a
    // library of thousands paints its first rows without waiting for the whole list.
    void storage
      .read((db) => readFirstLibraryRows(db, current))
      .then((first) => {
        // Never over the whole list, nor over a newer query's.
        if (!first || complete.value || query.value !== current) return
        showRows(first)
        ids.value = first.map((row) => row.id)
        loading.value = false
      })
    stopIds = storage.observe(
      (db) =>
        listArticleIds(db, current).catch((error: unknown) => {
          // The storage store reports the failed read; the list is not coming.
          loading.value = false
          throw error
        }),
      (all) => {
        ids.value = all
        loading.value = false
        complete.value = true
        followRows()
      },
    )
  }

  /** True once the trash is purged and the sample is in: the lists may be read. */
  const prepared = ref(false)
  watch([query, prepared], () => {
    if (prepared.value) followIds()
  })
  const preparing = (async () => {
    const { db } = await connection
    if (!db) {
      loading.value = false
      return
    }
    await prepare()
    storage.observe(listLibraryTags, (listed) => {
      tags.value = listed
    })
    prepared.value = true
  })()

  /**
   * Whether the reader has added an article of their own (on any shelf), once prepared;
   * undefined without storage. The start screen is the library then.
   */
  async function hasAddedArticles(): Promise<boolean | undefined> {
    await preparing
    const added = await storage.read((db) =>
      db.articles
        .filter((row) => row.origin !== 'bundled')
        .limit(1)
        .count(),
    )
    return added === undefined ? undefined : added > 0
  }

  function setQuery(change: Partial<LibraryQuery>): void {
    const next = { ...query.value, ...change }
    const same = (Object.keys(next) as (keyof LibraryQuery)[]).every(
      (key) => next[key] === query.value[key],
    )
    if (same) return
    view = { from: 0, to: 0 }
    query.value = next
  }

  function ensureRows(from: number, to: number): void {
    view = { from: Math.max(0, from), to: Math.max(from, to) }
    followRows()
  }

  /** Run a write; resolves when written or refused (the storage store reports why). */
  async function write(work: (db: GlossDatabase) => Promise<unknown>): Promise<void> {
    await storage.write(async (db) => {
      await work(db)
    })
  }

  /**
   * Add an article with its pictures, unless the library has it already.
   *
   * @param input - the article (its `id` a new UUID), pictures, origin and time added
   */
  async function addArticle(input: NewArticle): Promise<AddArticleResult> {
    let outcome: AddArticleOutcome | undefined
    let failure: unknown
    const written = await storage.write(async (db) => {
      try {
        outcome = await storeArticle(db, input)
      } catch (error) {
        failure = error
        throw error
      }
    })
    if (written && outcome?.kind === 'added') return { kind: 'added', id: outcome.row.id }
    if (written && outcome?.kind === 'duplicate') {
      const { existing, reason, textChanged } = outcome
      const count = await storage.read((db) =>
        db.annotations.where('articleId').equals(existing.id).count(),
      )
      return { kind: 'duplicate', existing: libraryRow(existing, count ?? 0), reason, textChanged }
    }
    const { title } = input.article
    if (isDiskFull(failure)) return { kind: 'failed', message: await libraryFullMessage(title) }
    const unwritable = (await connection).problem ?? 'it could not be saved.'
    const why = failure instanceof Error ? failure.message : unwritable
    return { kind: 'failed', message: `“${title}” was not added: ${why}` }
  }

  /**
   * Replace an article's text with a newer one, its highlights re-anchored on it and the old
   * text kept as a version (`updating/update-article.ts`). Its pictures' URLs are made again.
   *
   * @param id - the article
   * @param input - the new text and pictures, as extracted
   */
  async function updateArticle(id: string, input: ArticleUpdateInput): Promise<UpdateResult> {
    let outcome: ArticleUpdateOutcome | undefined
    let failure: unknown
    const written = await storage.write(async (db) => {
      try {
        outcome = await updateArticleText(db, id, input)
      } catch (error) {
        failure = error
        throw error
      }
    })
    images.close(id)
    if (written && outcome) return outcome
    const { title } = input.article
    if (isDiskFull(failure)) return { kind: 'failed', message: await libraryFullMessage(title) }
    const why =
      failure instanceof Error ? failure.message : ((await connection).problem ?? 'not saved.')
    return { kind: 'failed', message: `“${title}” was not updated: ${why}` }
  }

  /**
   * An article's blocks, to open it: the host's for the sample article, the stored ones for an
   * article the reader added; undefined when there is no such article.
   *
   * @param id - the article
   */
  async function readArticle(id: string): Promise<Article | undefined> {
    const record = await storage.read((db) => readArticleRecord(db, id))
    if (record?.origin === 'bundled') return loadSample()
    return (await storage.read((db) => readArticleBody(db, id))) ?? undefined
  }

  return {
    query: readonly(query),
    ids: readonly(ids),
    rows: readonly(rows),
    tags: readonly(tags),
    loading: readonly(loading),
    complete: readonly(complete),
    /** True once the start's work (trash purge, the sample's row) is written. */
    prepared: readonly(prepared),
    setQuery,
    ensureRows,
    moveToTrash: (id: string) => write((db) => moveToTrash(db, id, Date.now())),
    restoreFromTrash: (id: string) => write((db) => restoreFromTrash(db, id)),
    emptyTrash: () => write(emptyTrash),
    setArchived: (id: string, archived: boolean) => write((db) => storeArchived(db, id, archived)),
    setArticleTags: (id: string, list: readonly string[]) =>
      write((db) => storeArticleTags(db, id, list)),
    markOpened: (id: string) => write((db) => storeOpened(db, id, Date.now())),
    addArticle,
    updateArticle,
    readArticle,
    /** A `blob:` URL for one of an article's stored pictures (made once, kept until closed). */
    imageUrl: images.url,
    hasAddedArticles,
    /** The article is closed: revoke its pictures' URLs. */
    closeArticle: images.close,
    /** Help > Open the sample article: put it back in the reading list. */
    async restoreSampleArticle(): Promise<void> {
      const article = await loadSample()
      if (article) await write((db) => restoreSampleArticle(db, article))
    },
  }
})

/**
 * The library store as the library view's `LibrarySource`. A Pinia store unwraps its refs
 * (`store.ids` is the array itself); the view's contract wants them as refs, so it gets them
 * through `storeToRefs`. Call inside a component's setup.
 */
export function useLibrarySource(): LibrarySource {
  const store = useLibraryStore()
  const { query, ids, rows, tags, loading, complete } = storeToRefs(store)
  return {
    query,
    ids,
    rows,
    tags,
    loading,
    complete,
    setQuery: store.setQuery,
    ensureRows: store.ensureRows,
    moveToTrash: store.moveToTrash,
    restoreFromTrash: store.restoreFromTrash,
    emptyTrash: store.emptyTrash,
    setArchived: store.setArchived,
  }
}

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))
