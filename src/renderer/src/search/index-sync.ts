/**
 * Bringing an index up to date: compare the stamps the index holds with the stamps the library
 * has now (`search-documents.ts`), and name the documents to read and index again and the ones
 * to drop. A persisted index loaded at start, and the live index after every change, are
 * brought up to date the same way, so nothing is rebuilt that did not change.
 */

export interface IndexChanges {
  /** Keys of documents that are new or changed: read them and index them again. */
  readonly stale: readonly string[]
  /** Keys of documents the library no longer has. */
  readonly removed: readonly string[]
}

/**
 * @param indexed - stamp by key, as the index holds them
 * @param current - stamp by key, as the library has them now
 */
export function indexChanges(
  indexed: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
): IndexChanges {
  const stale: string[] = []
  const removed: string[] = []
  for (const [key, stamp] of current) if (indexed.get(key) !== stamp) stale.push(key)
  for (const key of indexed.keys()) if (!current.has(key)) removed.push(key)
  return { stale, removed }
}
