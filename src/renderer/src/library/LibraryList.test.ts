import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import LibraryList from './LibraryList.vue'
import { createArrayLibrarySource, type ArrayLibrarySource } from './testing/array-library-source'
import { giveListViewport } from './testing/list-viewport'
import { sampleRows } from './testing/sample-rows'

const NOW = Date.UTC(2026, 5, 15, 12)
/** 10 rows of 76 px in view. */
const VIEWPORT = 760

let mounted: MountedComponent | undefined
let restoreViewport: () => void
beforeEach(() => (restoreViewport = giveListViewport(VIEWPORT)))
afterEach(() => {
  mounted?.unmount()
  restoreViewport()
})

function readingRows(count: number) {
  return sampleRows(count, NOW).map((row) => ({ ...row, trashedAt: 0, archived: false }))
}

async function mountList(source: ArrayLibrarySource, handlers: Record<string, unknown> = {}) {
  mounted = await mountComponent({
    render: () => h(LibraryList, { source, label: 'Library', ...handlers }),
  })
  await settle()
  return document.querySelector<HTMLElement>('[role="listbox"]')!
}

/** Let Vue render and the virtualizer catch up; happy-dom fires no `scroll` for `scrollTo`. */
async function settle(): Promise<void> {
  await nextTick()
  document.querySelector('.library-list')?.dispatchEvent(new Event('scroll'))
  await new Promise((resolve) => setTimeout(resolve))
  await nextTick()
}

function options(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[role="option"]')]
}

function press(list: HTMLElement, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  list.dispatchEvent(event)
  return event
}

function activeOption(list: HTMLElement): HTMLElement | null {
  const id = list.getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

describe('LibraryList', () => {
  it('renders only a window of rows for 5,000 articles, and loads just those', async () => {
    const source = createArrayLibrarySource(readingRows(5000))
    const ensureRows = vi.spyOn(source, 'ensureRows')
    await mountList(source)
    const shown = options()
    // 10 in view and 8 overscan below; none above the top.
    expect(shown).toHaveLength(18)
    expect(shown[0]!.getAttribute('aria-posinset')).toBe('1')
    expect(shown.at(-1)!.getAttribute('aria-setsize')).toBe('5000')
    expect(ensureRows).toHaveBeenLastCalledWith(0, 18)
    expect(source.rows.value.size).toBe(18)
  })

  it('shows a placeholder of the same height for a row not loaded yet', async () => {
    const source = createArrayLibrarySource(readingRows(50))
    const ensureRows = vi.spyOn(source, 'ensureRows').mockImplementation(() => undefined)
    await mountList(source)
    const placeholders = document.querySelectorAll('[role="option"][aria-busy="true"]')
    expect(placeholders).toHaveLength(18)
    expect(placeholders[2]!.getAttribute('aria-label')).toBe('Loading article 3 of 50')
    const slots = document.querySelectorAll<HTMLElement>('.library-list-slot')
    expect(slots[2]!.style.height).toBe('76px')
    ensureRows.mockRestore()
    source.ensureRows(0, 5)
    await nextTick()
    expect(document.querySelectorAll('[role="option"][aria-busy="true"]')).toHaveLength(13)
    expect(options()[4]!.textContent).toContain(source.rows.value.get('article-4')!.title)
  })

  it('moves the active row with the arrows and j/k, and to the ends with Home and End', async () => {
    const source = createArrayLibrarySource(readingRows(5000))
    const list = await mountList(source)
    list.focus()
    await nextTick()
    expect(activeOption(list)?.getAttribute('aria-posinset')).toBe('1')
    press(list, 'ArrowDown')
    press(list, 'j')
    press(list, 'j')
    await settle()
    expect(activeOption(list)?.getAttribute('aria-posinset')).toBe('4')
    expect(activeOption(list)?.getAttribute('aria-selected')).toBe('true')
    press(list, 'k')
    await settle()
    expect(activeOption(list)?.getAttribute('aria-posinset')).toBe('3')
    press(list, 'End')
    await settle()
    expect(activeOption(list)?.getAttribute('aria-posinset')).toBe('5000')
    press(list, 'Home')
    await settle()
    expect(activeOption(list)?.getAttribute('aria-posinset')).toBe('1')
  })

  it('scrolls the virtual list to keep the active row in view, loading the rows there', async () => {
    const source = createArrayLibrarySource(readingRows(5000))
    const ensureRows = vi.spyOn(source, 'ensureRows')
    const list = await mountList(source)
    list.focus()
    press(list, 'End')
    await settle()
    // The last row stays clear of the notice that shows over the foot of the list.
    expect(list.scrollTop).toBe(5000 * 76 + 64 - VIEWPORT)
    expect(options().at(-1)!.getAttribute('aria-posinset')).toBe('5000')
    expect(options().length).toBeLessThan(30)
    const [from, to] = ensureRows.mock.lastCall!
    expect(to).toBe(5000)
    expect(from).toBeGreaterThan(4970)
    expect(source.rows.value.has('article-4999')).toBe(true)
  })

  it('emits what Enter, Delete and e ask for the active article', async () => {
    const source = createArrayLibrarySource(readingRows(20))
    const onOpen = vi.fn()
    const onTrash = vi.fn()
    const onToggleArchive = vi.fn()
    const list = await mountList(source, { onOpen, onTrash, onToggleArchive })
    list.focus()
    press(list, 'ArrowDown')
    await settle()
    expect(press(list, 'Enter').defaultPrevented).toBe(true)
    press(list, 'Delete')
    press(list, 'e')
    expect(onOpen).toHaveBeenCalledWith('article-1')
    expect(onTrash).toHaveBeenCalledWith('article-1')
    expect(onToggleArchive).toHaveBeenCalledWith('article-1')
  })

  it('opens an article on a click and makes its row the active one', async () => {
    const source = createArrayLibrarySource(readingRows(20))
    const onOpen = vi.fn()
    const list = await mountList(source, { onOpen })
    options()[3]!.querySelector<HTMLElement>('.title')!.click()
    await nextTick()
    expect(onOpen).toHaveBeenCalledWith('article-3')
    expect(document.activeElement).toBe(list)
    expect(activeOption(list)?.getAttribute('aria-posinset')).toBe('4')
  })

  it('is one tab stop named by its shelf, each row named by its title', async () => {
    const source = createArrayLibrarySource(readingRows(20))
    const list = await mountList(source)
    expect(list.tabIndex).toBe(0)
    expect(list.getAttribute('aria-label')).toBe('Library')
    expect(document.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
    const first = options()[0]!
    const name = document.getElementById(first.getAttribute('aria-labelledby')!)
    expect(name?.textContent).toBe(source.rows.value.get('article-0')!.title)
    const description = first
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim())
    expect(description.join(' ')).toContain('Added')
    expect(description.join(' ')).toContain('Unread')
  })
})
