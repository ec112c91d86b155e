/**
 * A live database read as a Vue ref: the result of the query the getter names, kept up to date
 * as writes change it (Dexie's `liveQuery`, through `useStorageStore().observe`). When the
 * getter names another query (e.g. another article), the old one is dropped and the ref goes
 * back to undefined until the new one answers. Call inside a component's or a store's setup.
 */
import { onScopeDispose, shallowRef, watch, type ShallowRef } from 'vue'
import type { GlossDatabase } from '@renderer/db/database'
import { useStorageStore } from '@renderer/stores/storage'

export type DatabaseQuery<T> = (db: GlossDatabase) => Promise<T>

/**
 * @param query - returns the query to follow (reads only), or null for none; reactive values
 *   it reads decide when to follow another query
 * @returns the latest result; undefined before the first one
 */
export function useLiveQuery<T>(
  query: () => DatabaseQuery<T> | null,
): Readonly<ShallowRef<T | undefined>> {
  const storage = useStorageStore()
  const result = shallowRef<T | undefined>(undefined)
  let stop: (() => void) | undefined

  watch(
    query,
    (next) => {
      stop?.()
      result.value = undefined
      stop = next
        ? storage.observe(next, (value) => {
            result.value = value
          })
        : undefined
    },
    { immediate: true },
  )
  onScopeDispose(() => stop?.())
  return result
}
