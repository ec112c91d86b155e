/**
 * What the library view needs from the library, and nothing more: the ordered ids of the
 * articles the current query selects, the list fields of the rows in view, and the commands a
 * row offers. The Pinia library store implements it over IndexedDB; tests may implement it over
 * an array. Keeping the view on this interface lets a list of thousands read only the rows it
 * shows: `ids` is cheap (keys only), rows come in as `ensureRows` asks for them.
 */
import type { Ref } from 'vue'

/** Which articles the list shows. */
export type LibraryShelf = 'reading' | 'archive' | 'trash'
export type LibrarySort = 'added' | 'opened' | 'title'
export type ReadState = 'all' | 'unread' | 'in-progress' | 'finished'

export interface LibraryQuery {
  readonly shelf: LibraryShelf
  readonly sort: LibrarySort
  readonly readState: ReadState
  /** Only articles with this tag (article-level or on one of their highlights); null: any. */
  readonly tag: string | null
}

/** The list fields of one article, as a row of the library shows them. */
export interface LibraryRow {
  readonly id: string
  readonly title: string
  /** Publication name or host; empty when unknown. */
  readonly siteName: string
  /** Author line; empty when unknown. */
  readonly byline: string
  /** When it was added, ms since the epoch. */
  readonly addedAt: number
  /** When it was last opened, ms since the epoch; 0 when never. */
  readonly openedAt: number
  readonly wordCount: number
  /** How far the reader got, 0..1. */
  readonly progress: number
  readonly highlightCount: number
  readonly archived: boolean
  /** When it was moved to the trash, ms since the epoch; 0 when it is not in the trash. */
  readonly trashedAt: number
  /** Article-level tags. */
  readonly tags: readonly string[]
}

export interface LibrarySource {
  readonly query: Readonly<Ref<LibraryQuery>>
  /** Ids of the articles the query selects, in its order. */
  readonly ids: Readonly<Ref<readonly string[]>>
  /** Rows loaded so far, by id (a row in `ids` may not be loaded yet: show a placeholder). */
  readonly rows: Readonly<Ref<ReadonlyMap<string, LibraryRow>>>
  /** Every tag in the library, for the tag filter, sorted. */
  readonly tags: Readonly<Ref<readonly string[]>>
  /** True until the first `ids` of a query have arrived. */
  readonly loading: Readonly<Ref<boolean>>
  /**
   * True once `ids` is the whole list; false while it holds only the first screen's rows of it
   * (shown before the rest is read): no count is said and no Empty trash offered until then.
   */
  readonly complete: Readonly<Ref<boolean>>
  setQuery(change: Partial<LibraryQuery>): void
  /** Load the rows of `ids[from..to)` that are not loaded yet (the view calls it as it scrolls). */
  ensureRows(from: number, to: number): void
  /** Move to the trash (kept 30 days); resolves when written. */
  moveToTrash(id: string): Promise<void>
  restoreFromTrash(id: string): Promise<void>
  /** Delete everything in the trash for good (the view confirms first). */
  emptyTrash(): Promise<void>
  setArchived(id: string, archived: boolean): Promise<void>
}
