// A card for a row whose stored date is no date (a backup restored before dates were checked,
// `createdAt: 1e300`): it shows, says its date is unknown, and does not throw while rendering,
// which before took the rest of the list down with it.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import type { Annotation } from '@shared/annotation'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { seedTarget } from '@renderer/testing/annotation-targets'
import AnnotationCard from './AnnotationCard.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => mounted?.unmount())

function annotation(id: string, createdAt: number): Annotation {
  return {
    id,
    articleId: 'article',
    color: 'yellow',
    note: '',
    tags: [],
    createdAt,
    updatedAt: createdAt,
    target: seedTarget('The motherland is proud of you'),
  }
}

describe('AnnotationCard', () => {
  it('shows a card whose date is no date without its date, beside a card with one', async () => {
    const errors = vi.spyOn(console, 'warn').mockImplementation(() => {})
    mounted = await mountComponent(() =>
      h('ul', [
        h(AnnotationCard, { annotation: annotation('bad', 1e300) }),
        h(AnnotationCard, { annotation: annotation('good', Date.UTC(2024, 4, 1, 12)) }),
      ]),
    )
    const cards = mounted.root.querySelectorAll('.annotation-card')
    expect(cards).toHaveLength(2)
    expect(cards[0].querySelector('time')).toBeNull()
    expect(cards[0].querySelector('.meta')?.textContent).toContain('Date unknown')
    expect(cards[1].querySelector('time')?.getAttribute('datetime')).toBe(
      '2024-05-01T12:00:00.000Z',
    )
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })
})
