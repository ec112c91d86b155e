/**
 * The worker that runs Readability, on linkedom (a DOM for workers), away from the reader's
 * main thread: a large page takes tens to hundreds of milliseconds to parse and score, which
 * would freeze the reader if done in the page. Nothing here can fetch or run the page's
 * scripts: linkedom only builds a tree, and the worker is bound by the app's CSP.
 */
import { parseHTML } from 'linkedom'
import { findReadable } from './find-readable'
import type { ReadableRequest, ReadableResponse } from './readable-protocol'

/** The page as linkedom parses it, in a document of its own. */
const parse = (html: string): Document => parseHTML(html).document as unknown as Document

/** Answer one request. Exported for tests, which call it without a worker. */
export function answer(request: ReadableRequest): ReadableResponse {
  try {
    const page = findReadable(parse(request.html), request.savedFrom, () => parse(request.html))
    return { id: request.id, ok: true, page }
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply' : String(error)
    return { id: request.id, ok: false, message: `The page could not be read: ${reason}.` }
  }
}

/** The worker's global scope, when this module runs as a worker (not in a test). */
interface WorkerScope {
  postMessage(response: ReadableResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadableRequest>) => void): void
  importScripts?: unknown
}

const scope = globalThis as unknown as WorkerScope
if (typeof scope.importScripts === 'function') {
  scope.addEventListener('message', (event: MessageEvent<ReadableRequest>) => {
    scope.postMessage(answer(event.data))
  })
}
