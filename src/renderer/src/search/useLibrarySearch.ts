/**
 * Library search for a page: the text in the search box, the results for it (latest wins),
 * whether a search is under way, whether there is a query at all (`active`: the page shows
 * the results in place of its list while it is true), and whether the index is still being
 * prepared (`preparing`: results may be incomplete). Results are asked for again when the
 * index finishes an update, so they follow edits made while they are shown.
 */
import { computed, ref, shallowRef, watch, type ComputedRef, type Ref } from 'vue'
import { parseSearchQuery } from './search-query'
import type { ArticleResultGroup } from './search-results'
import { useSearchStore } from './search-store'

export interface LibrarySearch {
  /** The search box's text (`v-model` of `SearchBox`). */
  readonly query: Ref<string>
  readonly results: Readonly<Ref<readonly ArticleResultGroup[]>>
  readonly searching: Readonly<Ref<boolean>>
  /** The query has a word to look for: show the results instead of the list. */
  readonly active: ComputedRef<boolean>
  /** Why the last search failed, or why search is unavailable; null when all is well. */
  readonly problem: ComputedRef<string | null>
  /**
   * The index is not complete yet (the worker is loading it, or building it for the first
   * time): results may be missing some of the library.
   */
  readonly preparing: ComputedRef<boolean>
}

/** Call in a page's setup. */
export function useLibrarySearch(): LibrarySearch {
  const store = useSearchStore()
  store.start()
  const query = ref('')
  const results = shallowRef<readonly ArticleResultGroup[]>([])
  const searching = ref(false)
  const failure = ref<string | null>(null)
  const active = computed(() => parseSearchQuery(query.value).clauses.length > 0)

  async function run(): Promise<void> {
    if (!active.value) {
      results.value = []
      searching.value = false
      return
    }
    searching.value = true
    try {
      const groups = await store.search(query.value)
      if (groups === null) return
      results.value = groups
      failure.value = null
    } catch (error) {
      failure.value = error instanceof Error ? error.message : String(error)
      results.value = []
    }
    searching.value = false
  }

  watch(query, run)
  watch(
    () => store.status?.state,
    (state) => {
      if (state === 'ready' && active.value) void run()
    },
  )

  return {
    query,
    results,
    searching,
    active,
    problem: computed(() => failure.value ?? store.problem),
    preparing: computed(() => {
      const status = store.status
      return status === null || (status.state !== 'ready' && !status.restored)
    }),
  }
}
