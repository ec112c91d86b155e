/**
 * The messages between the app and the search worker (`search.worker.ts`). The app starts the
 * worker once (with the sample article's text, which only the host can serve), then sends
 * searches, each with a number: the worker answers only the latest (an older one it has not
 * begun is dropped), and the client (`search-client.ts`) settles older ones as superseded.
 */
import type { BundledText } from './search-engine'
import type { ArticleResultGroup } from './search-results'

export type SearchRequest =
  | { readonly type: 'start'; readonly bundled: BundledText | null }
  | { readonly type: 'search'; readonly id: number; readonly query: string }

/** How far the index is: `loading` a snapshot or the library, `indexing`, `ready`. */
export type IndexState = 'loading' | 'indexing' | 'ready'

export interface IndexStatus {
  readonly state: IndexState
  /** Documents in the index. */
  readonly documents: number
  /** Whether the index was restored from a snapshot at start (rather than built). */
  readonly restored: boolean
}

export type SearchReply =
  | { readonly type: 'status'; readonly status: IndexStatus }
  | { readonly type: 'results'; readonly id: number; readonly groups: ArticleResultGroup[] }
  | { readonly type: 'failed'; readonly id: number | null; readonly message: string }
