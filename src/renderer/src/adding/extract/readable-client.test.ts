/**
 * The reader's side of the Readability worker, with a stand-in worker: answers reach the page
 * that asked; cancelling a page stops the worker and the other pages start again on a new one;
 * a worker that fails fails its pages with a message; one that stops answering is given up on.
 */
import { describe, expect, it, vi } from 'vitest'
import { fail } from '@shared/result'
import type { ReadablePage } from './find-readable'
import { createReadableClient, type ReadableWorker } from './readable-client'
import type { ReadableRequest, ReadableResponse } from './readable-protocol'

class StandInWorker implements ReadableWorker {
  readonly received: ReadableRequest[] = []
  terminated = false
  private onMessage: ((event: MessageEvent<ReadableResponse>) => void) | undefined
  private onError: ((event: ErrorEvent) => void) | undefined
  postMessage(request: ReadableRequest): void {
    this.received.push(request)
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    if (type === 'message') this.onMessage = listener as typeof this.onMessage
    else this.onError = listener as typeof this.onError
  }
  terminate(): void {
    this.terminated = true
  }
  answer(request: ReadableRequest): void {
    const page = { html: request.html, title: request.html } as ReadablePage
    this.onMessage?.({ data: { id: request.id, ok: true, page } } as MessageEvent<ReadableResponse>)
  }
  crash(): void {
    this.onError?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent)
  }
}

function client(limitMs?: number) {
  const workers: StandInWorker[] = []
  const find = createReadableClient(() => {
    const worker = new StandInWorker()
    workers.push(worker)
    return worker
  }, limitMs)
  return { find, workers }
}

const signal = () => new AbortController().signal

describe('createReadableClient', () => {
  it('answers each page from one worker, started when first needed', async () => {
    const { find, workers } = client()
    expect(workers).toHaveLength(0)
    const a = find('<p>a</p>', undefined, signal())
    const b = find('<p>b</p>', 'https://x.example/', signal())
    expect(workers).toHaveLength(1)
    const [first, second] = workers[0].received
    expect(second.savedFrom).toBe('https://x.example/')
    workers[0].answer(second)
    workers[0].answer(first)
    expect(await a).toMatchObject({ ok: true, value: { title: '<p>a</p>' } })
    expect(await b).toMatchObject({ ok: true, value: { title: '<p>b</p>' } })
  })

  it('stops the worker when a page is cancelled, and gives the others to a new one', async () => {
    const { find, workers } = client()
    const controller = new AbortController()
    const cancelled = find('<p>big</p>', undefined, controller.signal)
    const other = find('<p>other</p>', undefined, signal())
    controller.abort()
    expect(await cancelled).toEqual(fail('cancelled', 'Adding was cancelled.'))
    expect(workers[0].terminated).toBe(true)
    expect(workers[1].received.map((request) => request.html)).toEqual(['<p>other</p>'])
    workers[1].answer(workers[1].received[0])
    expect(await other).toMatchObject({ ok: true })
  })

  it('fails the pages of a worker that stopped, and starts a new one for the next', async () => {
    const { find, workers } = client()
    const page = find('<p>a</p>', undefined, signal())
    workers[0].crash()
    expect(await page).toEqual(
      fail('invalid-payload', 'The page could not be read: out of memory.'),
    )
    void find('<p>b</p>', undefined, signal())
    expect(workers).toHaveLength(2)
  })

  it('gives up on a page a worker never answers, and reads the others on a fresh one', async () => {
    vi.useFakeTimers()
    try {
      const { find, workers } = client(1000)
      const stuck = find('<p>stuck</p>', undefined, signal())
      await vi.advanceTimersByTimeAsync(600)
      const next = find('<p>next</p>', undefined, signal())
      await vi.advanceTimersByTimeAsync(400)
      expect(await stuck).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('took over') },
      })
      expect(workers[0].terminated).toBe(true)
      expect(workers[1].received.map((r) => r.html)).toEqual(['<p>next</p>'])
      // The page handed on has its own time again, from when the fresh worker got it.
      await vi.advanceTimersByTimeAsync(900)
      workers[1].answer(workers[1].received[0])
      expect(await next).toMatchObject({ ok: true, value: { title: '<p>next</p>' } })
    } finally {
      vi.useRealTimers()
    }
  })

  it('counts a page’s time from when the worker is on it, not from when it was queued', async () => {
    vi.useFakeTimers()
    try {
      const { find, workers } = client(1000)
      const first = find('<p>first</p>', undefined, signal())
      const second = find('<p>second</p>', undefined, signal())
      await vi.advanceTimersByTimeAsync(900)
      workers[0].answer(workers[0].received[0])
      expect(await first).toMatchObject({ ok: true })
      // 1,500 ms after it was queued, 600 ms after the worker got to it: still in time.
      await vi.advanceTimersByTimeAsync(600)
      workers[0].answer(workers[0].received[1])
      expect(await second).toMatchObject({ ok: true, value: { title: '<p>second</p>' } })
      expect(workers).toHaveLength(1)
    } finally {
      vi.useRealTimers()
    }
  })
})
