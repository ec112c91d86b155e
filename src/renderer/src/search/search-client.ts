/**
 * The main thread's side of the search worker: starts it, sends searches and settles each with
 * its results. Latest wins: asking again settles the search still waiting as superseded
 * (`null`), and the worker drops it if it has not begun it. Searches asked before `start` wait
 * for it, so the worker always hears `start` first. The worker is any port with the two
 * `Worker` methods used here, so tests hand in a fake.
 */
import type { BundledText } from './search-engine'
import type { IndexStatus, SearchReply, SearchRequest } from './search-protocol'
import type { ArticleResultGroup } from './search-results'

/** What the client needs of a `Worker`. */
export interface SearchWorkerPort {
  postMessage(request: SearchRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchReply>) => void): void
}

export interface SearchClientEvents {
  /** The index's state changed (loading, indexing, ready). */
  readonly onStatus: (status: IndexStatus) => void
  /** Something went wrong outside any one search (indexing, saving). */
  readonly onProblem: (message: string) => void
}

export interface SearchClient {
  /** Start the worker: once, before any search is sent. */
  start(bundled: BundledText | null): void
  /**
   * The matches for `query`; null when another search was asked before it was answered.
   * Rejects with the worker's message when the search failed.
   */
  search(query: string): Promise<ArticleResultGroup[] | null>
}

interface Waiting {
  readonly id: number
  readonly resolve: (groups: ArticleResultGroup[] | null) => void
  readonly reject: (error: Error) => void
}

/**
 * @param port - the worker
 * @param events - what to tell the app
 */
export function createSearchClient(
  port: SearchWorkerPort,
  events: SearchClientEvents,
): SearchClient {
  let lastId = 0
  let waiting: Waiting | undefined
  let markStarted: () => void = () => {}
  const started = new Promise<void>((resolve) => (markStarted = resolve))

  function settle(id: number): Waiting | undefined {
    if (waiting?.id !== id) return undefined
    const settled = waiting
    waiting = undefined
    return settled
  }

  port.addEventListener('message', ({ data: reply }) => {
    if (reply.type === 'status') events.onStatus(reply.status)
    else if (reply.type === 'results') settle(reply.id)?.resolve(reply.groups)
    else if (reply.id === null) events.onProblem(reply.message)
    else settle(reply.id)?.reject(new Error(reply.message))
  })

  return {
    start(bundled) {
      port.postMessage({ type: 'start', bundled })
      markStarted()
    },
    search(query) {
      waiting?.resolve(null)
      const id = ++lastId
      const answer = new Promise<ArticleResultGroup[] | null>((resolve, reject) => {
        waiting = { id, resolve, reject }
      })
      void started.then(() => {
        if (waiting?.id === id) port.postMessage({ type: 'search', id, query })
      })
      return answer
    },
  }
}
