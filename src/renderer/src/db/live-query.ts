/**
 * Live reads: a query over the database, run again whenever a write changes what it read
 * (Dexie's `liveQuery`), so the views follow the data, whoever wrote it. Kept here because only
 * `db/` imports Dexie; Vue code subscribes through `useStorageStore().observe`.
 */
import { liveQuery } from 'dexie'

/**
 * Run `query` now and after every write that touches what it read.
 *
 * @param query - database reads only (no other awaits: Dexie tracks what the query reads)
 * @param onValue - receives each result
 * @param onError - receives a failed read
 * @returns stops watching
 */
export function watchQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError })
  return () => subscription.unsubscribe()
}
