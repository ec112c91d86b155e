import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import LibraryView from './LibraryView.vue'
import type { LibraryQuery, LibraryRow } from './library-source'
import { createArrayLibrarySource, type ArrayLibrarySource } from './testing/array-library-source'
import { giveListViewport } from './testing/list-viewport'
import { sampleRows } from './testing/sample-rows'

// LibraryView reads `isTyping` from the app's shortcuts module, which imports the host.
vi.mock('@host', () => import('@renderer/testing/fake-host'))

const NOW = Date.UTC(2026, 5, 15, 12)
const DAY = 86_400_000

let mounted: MountedComponent | undefined
let restoreViewport: () => void
beforeEach(() => (restoreViewport = giveListViewport(760)))
afterEach(() => {
  mounted?.unmount()
  restoreViewport()
})

/** Rows all on the reading shelf unless told otherwise. */
function rows(count: number, change: Partial<LibraryRow> = {}): LibraryRow[] {
  return sampleRows(count, NOW).map((row) => ({ ...row, archived: false, trashedAt: 0, ...change }))
}

async function mountView(
  source: ArrayLibrarySource,
  options: { handlers?: Record<string, unknown>; withSearch?: boolean } = {},
) {
  const { handlers = {}, withSearch = true } = options
  mounted = await mountComponent({
    render: () =>
      h(
        LibraryView,
        { source, ...handlers },
        withSearch
          ? { search: () => h('input', { type: 'search', 'aria-label': 'Search everything' }) }
          : {},
      ),
  })
  await settle()
}

async function settle(): Promise<void> {
  await nextTick()
  document.querySelector('.library-list')?.dispatchEvent(new Event('scroll'))
  await new Promise((resolve) => setTimeout(resolve))
  await nextTick()
}

function list(): HTMLElement {
  return document.querySelector<HTMLElement>('[role="listbox"]')!
}

function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  )
  if (!found) throw new Error(`no button ${name}`)
  return found
}

function select(label: string): HTMLSelectElement {
  const found = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.querySelector('span')?.textContent === label,
  )
  return found!.querySelector('select')!
}

function choose(field: HTMLSelectElement, value: string): void {
  field.value = value
  field.dispatchEvent(new Event('change'))
}

function notice(): string {
  return document.querySelector('.library-notice')!.textContent!.trim()
}

/** Put the list's active row on the first article, as a reader arriving by Tab would. */
async function focusFirstRow(): Promise<void> {
  list().focus()
  await nextTick()
}

describe('LibraryView header', () => {
  it('changes the sort, the read state and the tag through the query', async () => {
    const source = createArrayLibrarySource(rows(30))
    const setQuery = vi.spyOn(source, 'setQuery')
    await mountView(source)
    choose(select('Sort'), 'title')
    choose(select('Show'), 'in-progress')
    const tags = select('Tag')
    expect([...tags.options].map((option) => option.textContent)).toEqual([
      'All tags',
      '#history',
      '#science',
      '#to-read',
      '#work',
    ])
    choose(tags, 'science')
    choose(tags, '')
    expect(setQuery.mock.calls.map(([change]) => change)).toEqual<Partial<LibraryQuery>[]>([
      { sort: 'title' },
      { readState: 'in-progress' },
      { tag: 'science' },
      { tag: null },
    ])
    await settle()
    expect(document.querySelector('[role="option"] .title')!.textContent).toMatch(/^A very long/)
  })

  it('switches shelves with the tabs, by click and by arrow keys', async () => {
    const source = createArrayLibrarySource([...rows(3), ...rows(2, { archived: true })])
    await mountView(source)
    const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')]
    expect(tabs.map((tab) => tab.textContent?.trim())).toEqual(['Library', 'Archive', 'Trash'])
    tabs[1]!.click()
    await settle()
    expect(source.query.value.shelf).toBe('archive')
    expect(document.querySelector('h1')!.textContent).toBe('Archive')
    press(tabs[1]!, 'ArrowRight')
    await settle()
    expect(source.query.value.shelf).toBe('trash')
    expect(document.activeElement).toBe(tabs[2])
    expect(tabs[2]!.getAttribute('aria-selected')).toBe('true')
    expect(tabs[2]!.tabIndex).toBe(0)
    expect(tabs[0]!.tabIndex).toBe(-1)
  })

  it('asks the shell to add articles', async () => {
    const onAdd = vi.fn()
    await mountView(createArrayLibrarySource(rows(3)), { handlers: { onAdd } })
    button('Add articles').click()
    expect(onAdd).toHaveBeenCalledOnce()
  })

  it('asks the shell to export the whole library, from the library and the Archive only', async () => {
    const onExportAll = vi.fn()
    const source = createArrayLibrarySource(rows(3))
    await mountView(source, { handlers: { onExportAll } })
    button('Export all…').click()
    expect(onExportAll).toHaveBeenCalledOnce()
    source.setQuery({ shelf: 'trash' })
    await settle()
    expect(
      [...document.querySelectorAll('button')].map((b) => b.textContent?.trim()),
    ).not.toContain('Export all…')
  })

  it('gives every control and row an accessible name', async () => {
    await mountView(createArrayLibrarySource(rows(30)))
    const controls = document.querySelectorAll<HTMLElement>(
      'button:not([aria-hidden="true"]), select, [role="listbox"], [role="tab"], [role="tablist"], [role="option"], input',
    )
    expect(controls.length).toBeGreaterThan(20)
    for (const control of controls) {
      const labelledBy = control.getAttribute('aria-labelledby')
      const name =
        control.getAttribute('aria-label') ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
        (control.closest('label')?.textContent || control.textContent)
      expect(name?.trim(), control.outerHTML.slice(0, 80)).toBeTruthy()
    }
  })
})

describe('LibraryView keyboard', () => {
  it('opens the active article with Enter', async () => {
    const onOpen = vi.fn()
    await mountView(createArrayLibrarySource(rows(10)), { handlers: { onOpen } })
    await focusFirstRow()
    press(list(), 'j')
    press(list(), 'Enter')
    expect(onOpen).toHaveBeenCalledWith('article-1')
  })

  it('moves an article to the Trash with Delete, says so at once, and Undo restores it', async () => {
    const source = createArrayLibrarySource(rows(10))
    const restore = vi.spyOn(source, 'restoreFromTrash')
    await mountView(source)
    await focusFirstRow()
    const title = source.rows.value.get('article-0')!.title
    press(list(), 'Delete')
    await nextTick()
    expect(notice()).toBe(`“${title}” moved to Trash.Undo`)
    await settle()
    expect(source.ids.value).not.toContain('article-0')
    expect(source.all().find((row) => row.id === 'article-0')!.trashedAt).toBeGreaterThan(0)
    button('Undo').click()
    await settle()
    expect(restore).toHaveBeenCalledWith('article-0')
    expect(source.ids.value[0]).toBe('article-0')
    expect(notice()).toBe('')
    expect(document.activeElement).toBe(list())
  })

  it('archives the active article with e, with an Undo that puts it back', async () => {
    const source = createArrayLibrarySource(rows(10))
    const setArchived = vi.spyOn(source, 'setArchived')
    await mountView(source)
    await focusFirstRow()
    press(list(), 'e')
    await settle()
    expect(setArchived).toHaveBeenCalledWith('article-0', true)
    expect(source.ids.value).not.toContain('article-0')
    expect(notice()).toMatch(/archived\.Undo$/)
    button('Undo').click()
    await settle()
    expect(setArchived).toHaveBeenLastCalledWith('article-0', false)
    expect(source.ids.value).toContain('article-0')
  })

  it('focuses the search field with /, and leaves / alone while typing there', async () => {
    await mountView(createArrayLibrarySource(rows(10)))
    await focusFirstRow()
    press(list(), '/')
    const field = document.querySelector('input[type="search"]')!
    expect(document.activeElement).toBe(field)
    const typed = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    field.dispatchEvent(typed)
    expect(typed.defaultPrevented).toBe(false)
  })

  it('asks the shell to focus search when the slot holds no field', async () => {
    const onFocusSearch = vi.fn()
    await mountView(createArrayLibrarySource(rows(10)), {
      handlers: { onFocusSearch },
      withSearch: false,
    })
    await focusFirstRow()
    press(list(), '/')
    expect(onFocusSearch).toHaveBeenCalledOnce()
  })
})

describe('LibraryView Trash', () => {
  function trashed(count: number): LibraryRow[] {
    return rows(count).map((row, index) => ({ ...row, trashedAt: NOW - (index * 5 + 0.5) * DAY }))
  }

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it('says how many days each article has left, and restores it with its button or r', async () => {
    const source = createArrayLibrarySource(trashed(4), { query: { shelf: 'trash' } })
    await mountView(source)
    const statuses = [...document.querySelectorAll('[role="option"] .status')]
    expect(statuses.map((status) => status.textContent?.trim())).toEqual([
      '30 days left',
      '25 days left',
      '20 days left',
      '15 days left',
    ])
    document.querySelector<HTMLButtonElement>('[role="option"] .action')!.click()
    await settle()
    expect(source.all()[0]!.trashedAt).toBe(0)
    expect(notice()).toMatch(/restored to your library\.$/)
    await focusFirstRow()
    press(list(), 'r')
    await settle()
    expect(source.all()[1]!.trashedAt).toBe(0)
  })

  it('does nothing on Delete in the Trash', async () => {
    const source = createArrayLibrarySource(trashed(3), { query: { shelf: 'trash' } })
    const emptyTrash = vi.spyOn(source, 'emptyTrash')
    await mountView(source)
    await focusFirstRow()
    press(list(), 'Delete')
    await settle()
    expect(source.ids.value).toHaveLength(3)
    expect(emptyTrash).not.toHaveBeenCalled()
  })

  it('empties the Trash only after a confirmation', async () => {
    const source = createArrayLibrarySource([...rows(2), ...trashed(3)], {
      query: { shelf: 'trash' },
    })
    await mountView(source)
    button('Empty trash').click()
    await nextTick()
    const dialog = document.querySelector('dialog')!
    expect(dialog.open).toBe(true)
    expect(dialog.textContent).toContain('3 articles will be deleted for good')
    button('Cancel').click()
    await nextTick()
    expect(document.querySelector('dialog')).toBeNull()
    expect(source.all()).toHaveLength(5)
    button('Empty trash').click()
    await nextTick()
    button('Delete for good').click()
    await settle()
    expect(source.all()).toHaveLength(2)
    expect(document.querySelector('dialog')).toBeNull()
    expect(document.querySelector('.library-empty')!.textContent).toContain('The Trash is empty.')
  })

  it('takes back the Undo of a move to the Trash once the Trash is emptied', async () => {
    const source = createArrayLibrarySource(rows(2))
    await mountView(source)
    await focusFirstRow()
    press(list(), 'Delete')
    await settle()
    expect(notice()).toMatch(/moved to Trash\.Undo$/)
    source.setQuery({ shelf: 'trash' })
    await settle()
    button('Empty trash').click()
    await nextTick()
    button('Delete for good').click()
    await settle()
    expect(source.all()).toHaveLength(1)
    expect(notice()).toBe('')
  })
})

describe('LibraryView empty states', () => {
  it('says how to add articles to an empty library', async () => {
    const onAdd = vi.fn()
    await mountView(createArrayLibrarySource([]), { handlers: { onAdd } })
    const empty = document.querySelector('.library-empty')!
    expect(empty.textContent?.replace(/\s+/g, ' ')).toContain(
      'Your library is empty. Add articles: Add articles, drop files here, or paste with Ctrl+Shift+V.',
    )
    expect(document.querySelector('[role="listbox"]')).toBeNull()
    empty.querySelector('button')!.click()
    expect(onAdd).toHaveBeenCalledOnce()
  })

  it('offers to clear filters that hide every article', async () => {
    const source = createArrayLibrarySource(rows(5, { tags: [] }), {
      query: { tag: 'missing', readState: 'finished' },
    })
    await mountView(source)
    expect(document.querySelector('.library-empty')!.textContent).toContain(
      'No articles match these filters.',
    )
    button('Clear filters').click()
    await settle()
    expect(source.query.value).toMatchObject({ tag: null, readState: 'all' })
    expect(document.querySelectorAll('[role="option"]')).toHaveLength(5)
  })

  it('says what the Archive is for when it is empty', async () => {
    await mountView(createArrayLibrarySource(rows(3), { query: { shelf: 'archive' } }))
    expect(document.querySelector('.library-empty')!.textContent).toContain('Nothing is archived.')
  })
})
