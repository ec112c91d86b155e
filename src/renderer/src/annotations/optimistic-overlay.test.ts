import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { seedTarget } from '@renderer/testing/annotation-targets'
import {
  applyOverlay,
  EMPTY_OVERLAY,
  revert,
  settle,
  withDelete,
  withPut,
} from './optimistic-overlay'

function row(id: string, updatedAt: number, color: Annotation['color'] = 'yellow'): Annotation {
  const target = seedTarget('Tartous')
  return { id, articleId: 'seed', color, note: '', tags: [], createdAt: 1, updatedAt, target }
}

describe('optimistic overlay', () => {
  it('shows a new highlight and a change before they are stored', () => {
    const stored = [row('a', 1), row('b', 1)]
    const overlay = withDelete(
      withPut(withPut(EMPTY_OVERLAY, row('c', 2)), row('a', 2, 'blue')),
      'b',
    )
    expect(applyOverlay(stored, overlay).map((a) => `${a.id}:${a.color}`)).toEqual([
      'a:blue',
      'c:yellow',
    ])
  })

  it('lets go of a change only once a live result shows it', () => {
    let overlay = withDelete(withPut(EMPTY_OVERLAY, row('a', 5, 'pink')), 'b')
    // A result read before the writes: both changes still pending.
    overlay = settle(overlay, [row('a', 4), row('b', 1)])
    expect([overlay.puts.size, overlay.deletes.size]).toEqual([1, 1])
    overlay = settle(overlay, [row('a', 5, 'pink')])
    expect(overlay).toEqual(EMPTY_OVERLAY)
  })

  it('goes back to the earlier pending version when a later write fails', () => {
    const first = row('a', 2, 'green')
    const failed = withPut(withPut(EMPTY_OVERLAY, first), row('a', 3, 'blue'))
    expect(applyOverlay([row('a', 1)], revert(failed, 'a', first))[0].color).toBe('green')
    expect(applyOverlay([row('a', 1)], revert(failed, 'a', undefined))[0].color).toBe('yellow')
  })
})
