import { describe, expect, it, vi } from 'vitest'
import { createSearchClient, type SearchWorkerPort } from './search-client'
import type { SearchReply, SearchRequest } from './search-protocol'
import type { ArticleResultGroup } from './search-results'

/** A worker that records what it is sent and replies when the test says. */
function fakeWorker() {
  const sent: SearchRequest[] = []
  const listeners: ((event: MessageEvent<SearchReply>) => void)[] = []
  const port: SearchWorkerPort = {
    postMessage: (request) => sent.push(request),
    addEventListener: (_type, listener) => listeners.push(listener),
  }
  const reply = (data: SearchReply) => {
    for (const listener of listeners) listener({ data } as MessageEvent<SearchReply>)
  }
  return { port, sent, reply }
}

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

const events = () => ({ onStatus: vi.fn(), onProblem: vi.fn() })

describe('createSearchClient', () => {
  it('sends start before any search, even a search asked first', async () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker.port, events())
    const answer = client.search('zurich')
    await Promise.resolve()
    expect(worker.sent).toEqual([])
    client.start(null)
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2))
    expect(worker.sent).toEqual([
      { type: 'start', bundled: null },
      { type: 'search', id: 1, query: 'zurich' },
    ])
    worker.reply({ type: 'results', id: 1, groups: [group('a1')] })
    expect(await answer).toEqual([group('a1')])
  })

  it('lets the latest search win: an older one settles as superseded, its late answer ignored', async () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker.port, events())
    client.start(null)
    const first = client.search('zu')
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2))
    const second = client.search('zurich')
    expect(await first).toBeNull()
    worker.reply({ type: 'results', id: 1, groups: [group('late')] })
    worker.reply({ type: 'results', id: 2, groups: [group('a1')] })
    expect(await second).toEqual([group('a1')])
  })

  it('never sends a search superseded before the worker started', async () => {
    const worker = fakeWorker()
    const client = createSearchClient(worker.port, events())
    void client.search('z')
    void client.search('zu')
    client.start(null)
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(worker.sent.map((request) => request.type === 'search' && request.query)).toEqual([
      false,
      'zu',
    ])
  })

  it('rejects a failed search with the worker’s message, and reports other problems', async () => {
    const worker = fakeWorker()
    const listeners = events()
    const client = createSearchClient(worker.port, listeners)
    client.start(null)
    const answer = client.search('x')
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2))
    worker.reply({ type: 'failed', id: 1, message: 'Search failed: no' })
    await expect(answer).rejects.toThrow('Search failed: no')
    worker.reply({ type: 'failed', id: null, message: 'not saved' })
    expect(listeners.onProblem).toHaveBeenCalledWith('not saved')
    const status = { state: 'ready', documents: 3, restored: true } as const
    worker.reply({ type: 'status', status })
    expect(listeners.onStatus).toHaveBeenCalledWith(status)
  })
})
