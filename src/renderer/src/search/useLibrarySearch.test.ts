import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, type App } from 'vue'
import { seedArticle } from '@renderer/testing/seed-article'
import { createTestApp } from '@renderer/testing/mount'
import type { SearchWorkerPort } from './search-client'
import type { SearchReply, SearchRequest } from './search-protocol'
import type { ArticleResultGroup } from './search-results'
import { provideSearchWorker } from './search-store'
import { useLibrarySearch, type LibrarySearch } from './useLibrarySearch'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mountedApp: App | undefined
afterEach(() => mountedApp?.unmount())

function group(articleId: string): ArticleResultGroup {
  const empty = { text: '', marks: [] }
  return {
    articleId,
    title: empty,
    byline: empty,
    siteName: empty,
    articleMatched: true,
    snippet: null,
    note: null,
    highlights: [],
  }
}

/** A page using `useLibrarySearch`, over a fake worker. */
function mountSearchPage() {
  const sent: SearchRequest[] = []
  let listener: ((event: MessageEvent<SearchReply>) => void) | undefined
  const port: SearchWorkerPort = {
    postMessage: (request) => sent.push(request),
    addEventListener: (_type, each) => (listener = each),
  }
  let search: LibrarySearch | undefined
  const { app } = createTestApp({
    component: defineComponent({
      setup() {
        search = useLibrarySearch()
        return () => h('div')
      },
    }),
  })
  provideSearchWorker(app, () => port)
  app.mount(document.createElement('div'))
  mountedApp = app
  const reply = (data: SearchReply) => listener!({ data } as MessageEvent<SearchReply>)
  return { sent, reply, search: search! }
}

describe('useLibrarySearch', () => {
  it('starts the worker with the sample article’s text, before any search', async () => {
    const { sent, search } = mountSearchPage()
    const sample = seedArticle()
    await vi.waitFor(() =>
      expect(sent).toEqual([{ type: 'start', bundled: { id: sample.id, text: sample.text } }]),
    )
    expect(search.active.value).toBe(false)
  })

  it('is preparing until the index is ready, or at once when it was restored', async () => {
    const { reply, search } = mountSearchPage()
    expect(search.preparing.value).toBe(true)
    reply({ type: 'status', status: { state: 'indexing', documents: 0, restored: false } })
    await nextTick()
    expect(search.preparing.value).toBe(true)
    reply({ type: 'status', status: { state: 'ready', documents: 9, restored: false } })
    await nextTick()
    expect(search.preparing.value).toBe(false)
    reply({ type: 'status', status: { state: 'indexing', documents: 9, restored: true } })
    await nextTick()
    expect(search.preparing.value).toBe(false)
  })

  it('shows the results of the latest query, and none for an empty one', async () => {
    const { sent, reply, search } = mountSearchPage()
    search.query.value = 'zu'
    await nextTick()
    search.query.value = 'zurich'
    await vi.waitFor(() => expect(sent).toHaveLength(2))
    expect(sent[1]).toEqual({ type: 'search', id: 2, query: 'zurich' })
    expect(search.active.value).toBe(true)
    expect(search.searching.value).toBe(true)
    reply({ type: 'results', id: 2, groups: [group('a1')] })
    await vi.waitFor(() => expect(search.results.value).toEqual([group('a1')]))
    expect(search.searching.value).toBe(false)

    search.query.value = '  '
    await nextTick()
    expect(search.active.value).toBe(false)
    expect(search.results.value).toEqual([])
  })

  it('asks again when the index has been updated, and reports a failed search', async () => {
    const { sent, reply, search } = mountSearchPage()
    search.query.value = 'zurich'
    await vi.waitFor(() => expect(sent).toHaveLength(2))
    reply({ type: 'status', status: { state: 'indexing', documents: 1, restored: true } })
    reply({ type: 'status', status: { state: 'ready', documents: 2, restored: true } })
    await vi.waitFor(() => expect(sent).toHaveLength(3))
    expect(sent[2]).toEqual({ type: 'search', id: 2, query: 'zurich' })
    reply({ type: 'failed', id: 2, message: 'Search failed: disk' })
    await vi.waitFor(() => expect(search.problem.value).toBe('Search failed: disk'))
    expect(search.searching.value).toBe(false)
  })
})
