/**
 * The reader's side of the Readability worker: one worker, started when first needed, asked
 * for one page at a time by id. Cancelling a page that is being read stops the worker (a
 * Readability pass cannot be interrupted) and the next page starts a fresh one. A worker that
 * stops answering (it hangs, or dies without an error event) is given a time limit per page:
 * past it, the page fails with a message and the other pages start again on a fresh worker.
 */
import { fail, ok, type HostError, type Result } from '@shared/result'
import type { ReadablePage } from './find-readable'
import type { ReadableRequest, ReadableResponse } from './readable-protocol'

/** The part of `Worker` the client uses, so tests can give it a stand-in. */
export interface ReadableWorker {
  postMessage(request: ReadableRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadableResponse>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  terminate(): void
}

export type FindReadable = (
  html: string,
  savedFrom: string | undefined,
  signal: AbortSignal,
) => Promise<Result<ReadablePage, HostError>>

const startWorker = (): ReadableWorker =>
  new Worker(new URL('./readable.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Gloss readable',
  }) as ReadableWorker

/**
 * How long a page may take, from when it is handed to a worker: Readability reads a 25 MB page
 * on linkedom in seconds on 2 cores, so a page still unanswered after this is not coming.
 */
export const READ_LIMIT_MS = 120_000

interface Waiting {
  readonly request: ReadableRequest
  readonly settle: (response: ReadableResponse) => void
  timer?: ReturnType<typeof setTimeout>
}

/**
 * @param start - makes the worker (a real one by default)
 * @param limitMs - how long one page may take (see `READ_LIMIT_MS`)
 */
export function createReadableClient(
  start: () => ReadableWorker = startWorker,
  limitMs = READ_LIMIT_MS,
): FindReadable {
  let worker: ReadableWorker | null = null
  let nextId = 0
  const waiting = new Map<number, Waiting>()

  /** Hand a page to the worker, with its time limit running from now. */
  function post(entry: Waiting): void {
    clearTimeout(entry.timer)
    entry.timer = setTimeout(() => {
      if (!waiting.delete(entry.request.id)) return
      entry.settle({
        id: entry.request.id,
        ok: false,
        message: `Reading the page took over ${Math.round(limitMs / 1000)} seconds, so Gloss stopped.`,
      })
      restart()
    }, limitMs)
    running().postMessage(entry.request)
  }

  function running(): ReadableWorker {
    if (worker) return worker
    const started = start()
    started.addEventListener('message', (event) => {
      const entry = waiting.get(event.data.id)
      waiting.delete(event.data.id)
      entry?.settle(event.data)
    })
    started.addEventListener('error', (event) => {
      event.preventDefault()
      const message = `The page could not be read: ${event.message || 'the reading worker stopped'}.`
      started.terminate()
      if (worker === started) worker = null
      for (const [id, entry] of waiting) entry.settle({ id, ok: false, message })
      waiting.clear()
    })
    worker = started
    return started
  }

  /** Stop the worker mid-page; the other pages it was given start again on a fresh one. */
  function restart(): void {
    worker?.terminate()
    worker = null
    for (const entry of waiting.values()) post(entry)
  }

  return (html, savedFrom, signal) =>
    new Promise((resolve) => {
      const cancelled = (): void => resolve(fail('cancelled', 'Adding was cancelled.'))
      if (signal.aborted) return cancelled()
      const request: ReadableRequest = { id: nextId++, html, ...(savedFrom && { savedFrom }) }
      const onAbort = (): void => {
        const asked = waiting.get(request.id)
        if (!asked) return
        waiting.delete(request.id)
        clearTimeout(asked.timer)
        cancelled()
        restart()
      }
      signal.addEventListener('abort', onAbort, { once: true })
      const entry: Waiting = {
        request,
        settle: (response) => {
          clearTimeout(entry.timer)
          signal.removeEventListener('abort', onAbort)
          resolve(response.ok ? ok(response.page) : fail('invalid-payload', response.message))
        },
      }
      waiting.set(request.id, entry)
      post(entry)
    })
}
