/**
 * The worker that parses and validates an annotation file away from the reader's main thread:
 * a library's Hypothesis export holds up to 10,000 annotations, and `JSON.parse` plus checking
 * every field of each would hold the page still for hundreds of milliseconds. It gets the
 * file's text and answers with the batch (its `documents` Map crosses `postMessage` intact) or
 * the refusal.
 */
import { parseAnnotationFile } from './parse-annotation-file'
import type { ParseRequest, ParseResponse } from './parse-in-worker'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null
  postMessage(message: ParseResponse): void
}

scope.onmessage = (event) => {
  scope.postMessage(parseAnnotationFile(event.data.text, { now: new Date(event.data.now) }))
}
