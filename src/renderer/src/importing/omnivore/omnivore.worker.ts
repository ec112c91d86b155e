/**
 * The worker that unpacks and reads an Omnivore export away from the reader's main thread: a
 * library's ZIP is tens of megabytes, and inflating it, parsing its metadata and reading every
 * highlights file would freeze the reader for seconds if done in the page. It gets the ZIP's
 * bytes (transferred, not copied) and answers with the export read, or the refusal.
 */
import { readOmnivoreExport } from './read-omnivore-export'
import type { OmnivoreReadRequest, OmnivoreReadResponse } from './read-in-worker'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OmnivoreReadRequest>) => void) | null
  postMessage(message: OmnivoreReadResponse): void
}

scope.onmessage = (event) => {
  void readOmnivoreExport(event.data.bytes, event.data.now).then(
    (result) => scope.postMessage(result),
    (cause: unknown) =>
      scope.postMessage({
        ok: false,
        error: `Gloss could not read the export: ${cause instanceof Error ? cause.message : String(cause)}.`,
      }),
  )
}
