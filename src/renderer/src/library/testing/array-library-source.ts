/**
 * A `LibrarySource` over an array in memory, for tests and look-at-it harnesses of the library
 * view: it filters and sorts like the real store, and loads rows only when `ensureRows` asks,
 * so the view's paging can be tested. Commands change the array and resolve at once.
 */
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type { LibraryQuery, LibraryRow, LibrarySource } from '../library-source'
import { progressState } from '../row-format'

export interface ArrayLibrarySource extends LibrarySource {
  /** The articles as they are now, trashed ones included. */
  readonly all: () => readonly LibraryRow[]
}

export interface ArrayLibrarySourceOptions {
  readonly query?: Partial<LibraryQuery>
  /** The clock `moveToTrash` stamps with. */
  readonly now?: () => number
}

const DEFAULT_QUERY: LibraryQuery = { shelf: 'reading', sort: 'added', readState: 'all', tag: null }

function compare(query: LibraryQuery): (a: LibraryRow, b: LibraryRow) => number {
  if (query.sort === 'title') return (a, b) => a.title.localeCompare(b.title)
  if (query.sort === 'opened') return (a, b) => b.openedAt - a.openedAt
  return (a, b) => b.addedAt - a.addedAt
}

function selects(query: LibraryQuery, row: LibraryRow): boolean {
  const shelf = row.trashedAt > 0 ? 'trash' : row.archived ? 'archive' : 'reading'
  if (shelf !== query.shelf) return false
  if (query.readState !== 'all' && progressState(row) !== query.readState) return false
  return query.tag === null || row.tags.includes(query.tag)
}

/**
 * @param initial - the library's articles
 * @param options - see `ArrayLibrarySourceOptions`
 */
export function createArrayLibrarySource(
  initial: readonly LibraryRow[],
  options: ArrayLibrarySourceOptions = {},
): ArrayLibrarySource {
  const now = options.now ?? Date.now
  const articles = shallowRef<LibraryRow[]>([...initial])
  const byId = computed(() => new Map(articles.value.map((row) => [row.id, row])))
  const query = ref<LibraryQuery>({ ...DEFAULT_QUERY, ...options.query })
  const ids = computed(() =>
    articles.value
      .filter((row) => selects(query.value, row))
      .sort(compare(query.value))
      .map((row) => row.id),
  )
  const loadedIds = shallowRef(new Set<string>())
  const rows = computed(() => {
    const loaded = new Map<string, LibraryRow>()
    for (const id of loadedIds.value) {
      const row = byId.value.get(id)
      if (row) loaded.set(id, row)
    }
    return loaded
  })
  const tags = computed(() => [...new Set(articles.value.flatMap((row) => row.tags))].sort())

  function load(wanted: readonly string[]): void {
    for (const id of wanted) loadedIds.value.add(id)
    triggerRef(loadedIds)
  }

  function change(id: string, update: Partial<LibraryRow>): Promise<void> {
    articles.value = articles.value.map((row) => (row.id === id ? { ...row, ...update } : row))
    return Promise.resolve()
  }

  return {
    query,
    ids,
    rows,
    tags,
    loading: ref(false),
    complete: ref(true),
    all: () => articles.value,
    setQuery(update) {
      query.value = { ...query.value, ...update }
    },
    ensureRows(from, to) {
      load(ids.value.slice(from, to))
    },
    moveToTrash: (id) => change(id, { trashedAt: now() }),
    restoreFromTrash: (id) => change(id, { trashedAt: 0 }),
    setArchived: (id, archived) => change(id, { archived }),
    emptyTrash() {
      articles.value = articles.value.filter((row) => row.trashedAt === 0)
      return Promise.resolve()
    },
  }
}
