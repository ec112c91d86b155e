/**
 * What the search worker does with each message, apart from the worker itself so tests can
 * call it (Web Workers do not run under happy-dom). On `start` it restores the index from its
 * snapshot (or starts an empty one when there is none, or one of another format), brings it up
 * to date with the library (searches are answered meanwhile, from what is indexed so far), and
 * then follows the library live: each change is indexed as it
 * comes, one update at a time, and a snapshot is saved a little after the changes stop (one
 * save for a burst of edits; a save is the whole index, so not one per keystroke in a note).
 * On `search` it answers the latest query only.
 */
import type { SearchLibrary } from '@renderer/db/search-reads'
import type { SnapshotStore } from '@renderer/db/search-snapshots'
import type { LibraryListing } from './search-documents'
import { SearchEngine, type BundledText } from './search-engine'
import { LibraryIndex } from './search-index'
import type { IndexState, SearchReply, SearchRequest } from './search-protocol'

/** Milliseconds after the last indexed change before the index is saved. */
export const SAVE_DELAY = 3000

export interface SearchWorkerDependencies {
  /** The Gloss database's reads, once it is open. */
  readonly openLibrary: () => Promise<SearchLibrary>
  readonly snapshots: SnapshotStore
  readonly post: (reply: SearchReply) => void
  /** Milliseconds to wait before saving; `SAVE_DELAY` unless a test says. */
  readonly saveDelay?: number
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** @returns the handler of every message the worker receives */
export function createSearchHandler(
  dependencies: SearchWorkerDependencies,
): (request: SearchRequest) => Promise<void> {
  const { post, snapshots, saveDelay = SAVE_DELAY } = dependencies
  let engine: Promise<SearchEngine> | undefined
  let restored = false
  let latestSearch = 0
  let updating = Promise.resolve()
  let nextListing: LibraryListing | undefined
  let saveTimer: ReturnType<typeof setTimeout> | undefined

  function status(state: IndexState, documents: number): void {
    post({ type: 'status', status: { state, documents, restored } })
  }

  function scheduleSave(current: SearchEngine): void {
    if (saveTimer !== undefined) return
    saveTimer = setTimeout(() => {
      saveTimer = undefined
      snapshots.save(current.index.snapshot()).catch((error: unknown) => {
        const message = `The search index could not be saved (${describe(error)}).`
        post({ type: 'failed', id: null, message })
      })
    }, saveDelay)
  }

  /** Index `listing` after the update under way; of listings waiting, only the newest. */
  function follow(current: SearchEngine, listing: LibraryListing): Promise<void> {
    nextListing = listing
    updating = updating.then(async () => {
      const next = nextListing
      nextListing = undefined
      if (!next) return
      status('indexing', current.index.size)
      try {
        const { indexed, removed, rebuilt } = await current.update(next)
        // Built again after a restore: not the index the snapshot held any more.
        if (rebuilt) restored = false
        if (indexed > 0 || removed > 0) scheduleSave(current)
      } catch (error) {
        post({ type: 'failed', id: null, message: `Search could not index: ${describe(error)}` })
      }
      status('ready', current.index.size)
    })
    return updating
  }

  async function start(bundled: BundledText | null): Promise<SearchEngine> {
    status('loading', 0)
    const library = await dependencies.openLibrary()
    // An unreadable snapshot is no worse than none: the index is built again.
    const snapshot = await snapshots.load().catch(() => undefined)
    const index = snapshot && LibraryIndex.restore(snapshot)
    restored = index !== undefined
    const current = new SearchEngine(index ?? new LibraryIndex(), library, bundled ?? undefined)
    // Searches may begin as soon as the library's rows are known: while a new index is built
    // they find what is indexed so far (the page says results may be incomplete).
    await new Promise<void>((resolve, reject) => {
      let first = true
      library.watchListing(
        () => current.highlightsChangedSince(),
        (listing) => {
          current.takeArticles(listing)
          const updated = follow(current, listing)
          // A fresh index is saved even when the library is empty, so the next start restores it.
          if (first && !restored) void updated.then(() => scheduleSave(current))
          first = false
          resolve()
        },
        (error) => {
          post({ type: 'failed', id: null, message: describe(error) })
          reject(error instanceof Error ? error : new Error(String(error)))
        },
      )
    })
    return current
  }

  async function search(id: number, query: string): Promise<void> {
    latestSearch = id
    try {
      if (!engine) throw new Error('Search was asked before it was started.')
      const current = await engine
      if (id !== latestSearch) return
      const groups = await current.search(query)
      if (id === latestSearch) post({ type: 'results', id, groups })
    } catch (error) {
      post({ type: 'failed', id, message: `Search failed: ${describe(error)}` })
    }
  }

  return async (request) => {
    if (request.type === 'start') {
      if (engine) return
      engine = start(request.bundled)
      await engine.catch((error: unknown) => {
        post({ type: 'failed', id: null, message: `Search could not start: ${describe(error)}` })
      })
    } else await search(request.id, request.query)
  }
}
