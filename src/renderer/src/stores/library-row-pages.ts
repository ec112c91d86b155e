/**
 * The library's rows read in aligned pages: the list is cut into pages of `ROW_PAGE_SIZE` ids
 * (ids[0..50), ids[50..100), ...), and each page the view needs is followed by one live read of
 * its own, kept while the page stays needed. Scrolling then starts a read only when a new page
 * comes near, not at every frame for the rows that frame shows (bench metric 12: a liveQuery per
 * frame cost a fifth of each frame), and a page is read half a page before its first row scrolls
 * into view, so rows rarely show their placeholder at all.
 */

/** How many ids one read covers. */
export const ROW_PAGE_SIZE = 50
/** How far beyond the rows in view (each way) the pages are read ahead. */
export const ROW_PAGE_LEAD = ROW_PAGE_SIZE / 2

/**
 * The pages that hold ids[from..to) widened by `lead` each way, in order; none for an empty view.
 *
 * @param from - the first index in view
 * @param to - one past the last index in view
 * @param count - how many ids the list has
 * @param size - ids per page
 * @param lead - indexes read ahead beyond each edge
 */
export function pagesCovering(
  from: number,
  to: number,
  count: number,
  size = ROW_PAGE_SIZE,
  lead = ROW_PAGE_LEAD,
): number[] {
  if (to <= from) return []
  const start = Math.max(0, from - lead)
  const end = Math.min(count, to + lead)
  if (end <= start) return []
  const pages: number[] = []
  for (let page = Math.floor(start / size); page * size < end; page++) pages.push(page)
  return pages
}

export interface RowPages {
  /**
   * Follow the pages covering ids[from..to) of `ids`: start a read for each page newly needed
   * (or whose ids changed), stop those no longer needed, leave the others running.
   */
  show(ids: readonly string[], from: number, to: number): void
  /** Stop every read. */
  stop(): void
}

/**
 * @param follow - starts following the rows of these ids; returns what stops it
 * @param size - ids per page
 * @param lead - indexes read ahead beyond each edge of the view
 */
export function createRowPages(
  follow: (ids: readonly string[]) => () => void,
  size = ROW_PAGE_SIZE,
  lead = ROW_PAGE_LEAD,
): RowPages {
  const followed = new Map<number, { ids: readonly string[]; stop: () => void }>()

  function show(ids: readonly string[], from: number, to: number): void {
    const wanted = new Set(pagesCovering(from, to, ids.length, size, lead))
    for (const [page, { stop }] of followed) {
      if (!wanted.has(page)) {
        stop()
        followed.delete(page)
      }
    }
    for (const page of wanted) {
      const pageIds = ids.slice(page * size, (page + 1) * size)
      const current = followed.get(page)
      if (current && sameIds(current.ids, pageIds)) continue
      current?.stop()
      followed.set(page, { ids: pageIds, stop: follow(pageIds) })
    }
  }

  function stop(): void {
    for (const { stop } of followed.values()) stop()
    followed.clear()
  }

  return { show, stop }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}
