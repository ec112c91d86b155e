/**
 * The reader's side of the Readability worker: one worker, started when first needed, asked
 * for one page at a time by id. Cancelling a page that is being read stops the worker (a
 * Readability pass cannot be interrupted) and the next page starts a fresh one. A worker that
 * stops answering (it hangs, or dies without an error event) is given a time limit per page,
 * counted from when the worker starts on it: past it, the page fails with a message and the
 * other pages start again on a fresh worker.
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
 * How long a page may take once the worker is on it (it reads the pages it is given one after
 * the other, oldest first): Readability reads a 25 MB page on linkedom in seconds on 2 cores,
 * so a page still unanswered after this is not coming.
 */
export const READ_LIMIT_MS = 120_000

interface Waiting {
  readonly request: ReadableRequest
  readonly settle: (response: ReadableResponse) => void
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

  /** The time limit of the page the worker is on: the oldest one waiting. */
  let limit: { readonly id: number; readonly timer: ReturnType<typeof setTimeout> } | null = null

  /** Run the time limit for the oldest page, from now if it has just become the oldest. */
  function timeOldest(): void {
    const oldest = waiting.values().next().value
    if (limit && limit.id === oldest?.request.id) return
    if (limit) clearTimeout(limit.timer)
    limit = null
    if (!oldest) return
    const timer = setTimeout(() => {
      limit = null
      if (!waiting.delete(oldest.request.id)) return
      oldest.settle({
        id: oldest.request.id,
        ok: false,
        message: `Reading the page took over ${Math.round(limitMs / 1000)} seconds, so Gloss stopped.`,
      })
      restart()
    }, limitMs)
    limit = { id: oldest.request.id, timer }
  }

  function running(): ReadableWorker {
    if (worker) return worker
    const started = start()
    started.addEventListener('message', (event) => {
      const entry = waiting.get(event.data.id)
      waiting.delete(event.data.id)
      entry?.settle(event.data)
      timeOldest()
    })
    started.addEventListener('error', (event) => {
      event.preventDefault()
      const message = `The page could not be read: ${event.message || 'the reading worker stopped'}.`
      started.terminate()
      if (worker === started) worker = null
      for (const [id, entry] of waiting) entry.settle({ id, ok: false, message })
      waiting.clear()
      timeOldest()
    })
    worker = started
    return started
  }

  /** Stop the worker mid-page; the other pages it was given start again on a fresh one. */
  function restart(): void {
    worker?.terminate()
    worker = null
    for (const { request } of waiting.values()) running().postMessage(request)
    // The fresh worker starts on the oldest page: its time starts again.
    if (limit) clearTimeout(limit.timer)
    limit = null
    timeOldest()
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
        cancelled()
        restart()
      }
      signal.addEventListener('abort', onAbort, { once: true })
      const entry: Waiting = {
        request,
        settle: (response) => {
          signal.removeEventListener('abort', onAbort)
          resolve(response.ok ? ok(response.page) : fail('invalid-payload', response.message))
        },
      }
      waiting.set(request.id, entry)
      running().postMessage(request)
      timeOldest()
    })
}
