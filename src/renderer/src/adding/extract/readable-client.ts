/**
 * The reader's side of the Readability worker: one worker, started when first needed, asked
 * for one page at a time by id. Cancelling a page that is being read stops the worker (a
 * Readability pass cannot be interrupted) and the next page starts a fresh one.
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

/** @param start - makes the worker (a real one by default) */
export function createReadableClient(start: () => ReadableWorker = startWorker): FindReadable {
  let worker: ReadableWorker | null = null
  let nextId = 0
  const waiting = new Map<
    number,
    { readonly request: ReadableRequest; readonly settle: (response: ReadableResponse) => void }
  >()

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
    for (const { request } of waiting.values()) running().postMessage(request)
  }

  return (html, savedFrom, signal) =>
    new Promise((resolve) => {
      const cancelled = (): void => resolve(fail('cancelled', 'Adding was cancelled.'))
      if (signal.aborted) return cancelled()
      const request: ReadableRequest = { id: nextId++, html, ...(savedFrom && { savedFrom }) }
      const onAbort = (): void => {
        if (!waiting.delete(request.id)) return
        cancelled()
        restart()
      }
      signal.addEventListener('abort', onAbort, { once: true })
      waiting.set(request.id, {
        request,
        settle: (response) => {
          signal.removeEventListener('abort', onAbort)
          resolve(response.ok ? ok(response.page) : fail('invalid-payload', response.message))
        },
      })
      running().postMessage(request)
    })
}
