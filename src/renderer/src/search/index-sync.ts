/**
 * Bringing an index up to date: compare the stamps the index holds with the stamps the library
 * has now (`search-documents.ts`), and name the documents to read and index again and the ones
 * to drop. A persisted index loaded at start, and the live index after every change, are
 * brought up to date the same way, so nothing is rebuilt that did not change.
 *
 * Highlights are compared by id, plus the ids the listing says changed since the newest
 * highlight the index holds, less `CHANGE_SLACK`: another window may commit an edit stamped a
 * moment before one this index already took in. The slack is short because every highlight in
 * it is read again at each change of the library (a burst of highlights stamped together, as
 * an import writes them, stays in it until a newer one comes).
 */
import { documentKey, parseDocumentKey, type HighlightListing } from './search-documents'

/** Milliseconds before the index's newest highlight from which changes are looked for. */
export const CHANGE_SLACK = 2000

export interface IndexChanges {
  /** Keys of documents that are new or changed: read them and index them again. */
  readonly stale: readonly string[]
  /** Keys of documents the library no longer has. */
  readonly removed: readonly string[]
}

/**
 * @param indexed - stamp by key, as the index holds them
 * @param current - stamp by key of articles and notes, as the library has them now
 * @param highlights - the highlights, as the library has them now
 */
export function indexChanges(
  indexed: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
  highlights: HighlightListing,
): IndexChanges {
  const stale: string[] = []
  const removed: string[] = []
  for (const [key, stamp] of current) if (indexed.get(key) !== stamp) stale.push(key)
  const changed = new Set(highlights.changed)
  const present = new Set<string>()
  for (const id of highlights.ids) {
    const key = documentKey('highlight', id)
    present.add(key)
    if (changed.has(id) || !indexed.has(key)) stale.push(key)
  }
  for (const key of indexed.keys()) {
    const isHighlight = parseDocumentKey(key).kind === 'highlight'
    if (isHighlight ? !present.has(key) : !current.has(key)) removed.push(key)
  }
  return { stale, removed }
}

/**
 * From when the library is asked for changed highlights: the newest highlight the index
 * holds, less `CHANGE_SLACK`; 0 for an index without highlights.
 *
 * @param indexed - stamp by key, as the index holds them
 */
export function highlightsChangedSince(indexed: ReadonlyMap<string, string>): number {
  let newest = 0
  for (const [key, stamp] of indexed) {
    if (parseDocumentKey(key).kind === 'highlight') newest = Math.max(newest, Number(stamp))
  }
  return newest === 0 ? 0 : newest - CHANGE_SLACK
}
