import { describe, expect, it } from 'vitest'
import { createRowPages, pagesCovering } from './library-row-pages'

const ids = Array.from({ length: 230 }, (_, i) => `id-${i}`)

/** A `follow` that records which reads run: started with their ids, and stopped. */
function recordedReads() {
  const running = new Map<string, readonly string[]>()
  const started: string[] = []
  const follow = (pageIds: readonly string[]): (() => void) => {
    const name = `${pageIds[0]}..${pageIds[pageIds.length - 1]}`
    started.push(name)
    running.set(name, pageIds)
    return () => running.delete(name)
  }
  return { follow, running, started }
}

describe('aligned pages of library rows', () => {
  it('covers the rows in view, widened by the lead, with aligned pages', () => {
    expect(pagesCovering(0, 20, 230)).toEqual([0])
    expect(pagesCovering(30, 45, 230)).toEqual([0, 1])
    expect(pagesCovering(60, 80, 230)).toEqual([0, 1, 2])
    expect(pagesCovering(200, 230, 230)).toEqual([3, 4])
    expect(pagesCovering(0, 0, 230)).toEqual([])
    expect(pagesCovering(0, 10, 0)).toEqual([])
    expect(pagesCovering(10, 12, 230, 10, 0)).toEqual([1])
    expect(pagesCovering(9, 11, 230, 10, 0)).toEqual([0, 1])
  })

  it('starts a read only when a new page is needed, and stops pages left behind', () => {
    const reads = recordedReads()
    const pages = createRowPages(reads.follow)
    // Scrolling one screen (about 11 rows) at a time over the first 230 rows.
    for (let from = 0; from + 27 <= 230; from += 11) pages.show(ids, from, from + 27)
    expect(reads.started).toEqual([
      'id-0..id-49',
      'id-50..id-99',
      'id-100..id-149',
      'id-150..id-199',
      'id-200..id-229',
    ])
    expect([...reads.running.keys()]).toEqual(['id-150..id-199', 'id-200..id-229'])
    pages.stop()
    expect(reads.running.size).toBe(0)
  })

  it('reads a page again when the ids in it changed (an article added or trashed)', () => {
    const reads = recordedReads()
    const pages = createRowPages(reads.follow)
    pages.show(ids, 0, 20)
    pages.show(ids, 0, 20)
    expect(reads.started).toEqual(['id-0..id-49'])
    const added = ['new', ...ids]
    pages.show(added, 0, 20)
    expect(reads.started).toEqual(['id-0..id-49', 'new..id-48'])
    expect([...reads.running.values()]).toEqual([added.slice(0, 50)])
  })
})
