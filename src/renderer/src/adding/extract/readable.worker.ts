/**
 * The worker that runs Readability, on linkedom (a DOM for workers), away from the reader's
 * main thread: a large page takes tens to hundreds of milliseconds to parse and score, which
 * would freeze the reader if done in the page. Nothing here can fetch or run the page's
 * scripts: linkedom only builds a tree, and the worker is bound by the app's CSP.
 */
import { parseHTML } from 'linkedom'
import { findReadable, wholePage, type ReadablePage } from './find-readable'
import type { ReadableRequest, ReadableResponse } from './readable-protocol'

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The page as linkedom parses it, in a document of its own. A browser supplies the `<html>`,
 * `<head>` and `<body>` a page leaves out; linkedom does not (its root would be the page's first
 * element), so such a page is parsed again inside them, its title kept in the head.
 */
function parse(html: string): Document {
  const document = parseHTML(html).document as unknown as Document
  if (document.documentElement?.localName === 'html') return document
  const title = escapeText(document.querySelector('title')?.textContent ?? '')
  const whole = `<!doctype html><html><head><title>${title}</title></head><body>${html}</body></html>`
  return parseHTML(whole).document as unknown as Document
}

/**
 * The readable markup without what Gloss never shows and the page's CSP would still complain
 * about while parsing it (an SVG's `style` attribute is reported even in an inert document):
 * Readability keeps SVG and its styles; Gloss keeps neither.
 */
function withoutPresentation(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  for (const element of document.querySelectorAll('svg, style, link')) element.remove()
  for (const element of document.querySelectorAll('[style]')) element.removeAttribute('style')
  return document.body.innerHTML
}

/** Answer one request. Exported for tests, which call it without a worker. */
export function answer(request: ReadableRequest): ReadableResponse {
  try {
    let page: ReadablePage
    try {
      const found = findReadable(parse(request.html), request.html, request.savedFrom)
      page = found.wholePage ? found : { ...found, html: withoutPresentation(found.html) }
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      // Nested deeper than linkedom itself can parse: the reader's own parser flattens that.
      page = wholePage(request)
    }
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
