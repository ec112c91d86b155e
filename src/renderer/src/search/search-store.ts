/**
 * The search worker for the app's lifetime: started the first time a page searches (or shows a
 * search box), once the database is open and the host has served the sample article's text,
 * and kept while the app runs, so the index is loaded once, not each time the library shows.
 * The worker comes from a factory the app may provide (`provideSearchWorker`, a fake in tests).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { inject, readonly, ref, type App, type InjectionKey } from 'vue'
import { host } from '@host'
import { injectDatabase } from '@renderer/db/connection'
import { createSearchClient, type SearchClient, type SearchWorkerPort } from './search-client'
import type { IndexStatus } from './search-protocol'
import type { ArticleResultGroup } from './search-results'

const WORKER_KEY: InjectionKey<() => SearchWorkerPort> = Symbol('gloss-search-worker')

function startWorker(): SearchWorkerPort {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * Make search use another worker (tests: a fake one).
 *
 * @param app - the Vue app
 * @param factory - makes the worker, once
 */
export function provideSearchWorker(app: App, factory: () => SearchWorkerPort): void {
  app.provide(WORKER_KEY, factory)
}

const NO_STORAGE_PROBLEM = 'Search is not available: Gloss could not open its storage.'

export const useSearchStore = defineStore('search', () => {
  const connection = injectDatabase()
  const makeWorker = inject(WORKER_KEY, startWorker)
  const status = ref<IndexStatus | null>(null)
  const problem = ref<string | null>(null)
  let client: SearchClient | undefined

  function started(): SearchClient {
    if (client) return client
    const created = createSearchClient(makeWorker(), {
      onStatus: (next) => (status.value = next),
      onProblem: (message) => (problem.value = message),
    })
    client = created
    void (async () => {
      if (!(await connection).db) {
        problem.value = NO_STORAGE_PROBLEM
        return
      }
      const sample = await host.loadArticle()
      created.start(sample.ok ? { id: sample.value.id, text: sample.value.text } : null)
    })()
    return created
  }

  return {
    /** The index's state; null until the worker first says. */
    status: readonly(status),
    /** What went wrong outside a search (no storage, indexing, saving); null when nothing. */
    problem: readonly(problem),
    /** Start the worker now, so the index is loading before the first keystroke. */
    start: (): void => void started(),
    /** See `SearchClient.search`: null when superseded. */
    search: (query: string): Promise<ArticleResultGroup[] | null> => started().search(query),
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSearchStore, import.meta.hot))
