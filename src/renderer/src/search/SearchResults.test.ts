import { afterEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import SearchResults from './SearchResults.vue'
import type { ArticleResultGroup } from './search-results'

let mounted: MountedComponent | undefined
afterEach(() => mounted?.unmount())

const plain = (text: string) => ({ text, marks: [] })

function groups(): ArticleResultGroup[] {
  return [
    {
      articleId: 'a1',
      title: { text: 'Letter from Zürich', marks: [{ start: 12, end: 18 }] },
      byline: plain('Anna Schmidt'),
      siteName: plain('The Review'),
      articleMatched: true,
      snippet: { text: '…a new syndrome in <img src=x onerror=alert(1)> Zürich', marks: [] },
      note: null,
      highlights: [
        {
          annotationId: 'h1',
          position: 10,
          quote: { text: 'doctors in Zürich', marks: [{ start: 11, end: 17 }] },
          note: plain('see <b>this</b>'),
          tags: [plain('health')],
        },
      ],
    },
    {
      articleId: 'a2',
      title: plain('Another'),
      byline: plain(''),
      siteName: plain(''),
      articleMatched: false,
      snippet: null,
      note: null,
      highlights: [],
    },
  ]
}

async function mountResults(handlers: Record<string, unknown> = {}) {
  mounted = await mountComponent({
    render: () => h(SearchResults, { groups: groups(), ...handlers }),
  })
  return document.querySelector<HTMLElement>('[role="listbox"]')!
}

function press(list: HTMLElement, key: string): void {
  list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}

describe('SearchResults', () => {
  it('groups options by article and marks the matched words from ranges', async () => {
    const list = await mountResults()
    expect(list.getAttribute('aria-label')).toBe('Search results')
    const groupsShown = list.querySelectorAll('[role="group"]')
    expect(groupsShown).toHaveLength(2)
    expect(groupsShown[0].querySelectorAll('[role="option"]')).toHaveLength(2)
    const labelled = document.getElementById(groupsShown[0].getAttribute('aria-labelledby')!)
    expect(labelled?.textContent).toBe('Letter from Zürich')
    const marks = [...list.querySelectorAll('mark')].map((mark) => mark.textContent)
    expect(marks).toEqual(['Zürich', 'Zürich'])
    expect(document.querySelector('[role="status"]')?.textContent).toBe('2 articles, 1 highlight')
  })

  it('shows text that looks like markup as text', async () => {
    const list = await mountResults()
    expect(list.querySelector('img, b')).toBeNull()
    expect(list.textContent).toContain('<img src=x onerror=alert(1)>')
  })

  it('walks the options with the arrows and opens the active one with Enter', async () => {
    const open = vi.fn()
    const openHighlight = vi.fn()
    const back = vi.fn()
    const list = await mountResults({ onOpen: open, onOpenHighlight: openHighlight, onBack: back })
    const activeText = () =>
      document.getElementById(list.getAttribute('aria-activedescendant')!)?.textContent
    expect(activeText()).toContain('Letter from Zürich')
    press(list, 'Enter')
    expect(open).toHaveBeenLastCalledWith('a1')
    press(list, 'ArrowDown')
    await nextTick()
    expect(activeText()).toContain('doctors in Zürich')
    press(list, 'Enter')
    expect(openHighlight).toHaveBeenLastCalledWith('a1', 'h1')
    press(list, 'End')
    await nextTick()
    press(list, 'Enter')
    expect(open).toHaveBeenLastCalledWith('a2')
    press(list, 'Home')
    await nextTick()
    press(list, 'ArrowUp')
    expect(back).toHaveBeenCalledOnce()
  })

  it('opens an option when clicked', async () => {
    const openHighlight = vi.fn()
    await mountResults({ onOpenHighlight: openHighlight })
    document.querySelectorAll<HTMLElement>('[role="option"]')[1].click()
    expect(openHighlight).toHaveBeenCalledWith('a1', 'h1')
  })

  it('says the results may be incomplete while the index is prepared', async () => {
    mounted = await mountComponent({
      render: () => h(SearchResults, { groups: groups(), preparing: true }),
    })
    expect(document.querySelector('[role="status"]')?.textContent).toBe(
      '2 articles, 1 highlight (still reading your library: more may come)',
    )
  })

  it('says when nothing matches', async () => {
    mounted = await mountComponent({ render: () => h(SearchResults, { groups: [] }) })
    expect(document.querySelector('[role="listbox"]')).toBeNull()
    expect(document.querySelector('[role="status"]')?.textContent).toBe(
      'Nothing in your library matches.',
    )
  })
})
