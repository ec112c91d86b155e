/**
 * Parsing an annotation file in its own worker (`parse.worker.ts`), one per file, ended when
 * the file is parsed or the check cancelled. Where there are no workers (happy-dom, in unit
 * tests) the file is parsed in the page instead: the same code, on the main thread.
 */
import { err, type Result } from '@shared/result'
import { parseAnnotationFile } from './parse-annotation-file'
import type { ImportBatch, ImportRefusal } from './types'

export interface ParseRequest {
  readonly text: string
  /** The page's clock, for annotations that state no creation time. */
  readonly now: number
}

export type ParseResponse = Result<ImportBatch, ImportRefusal>

/** What the client needs of a worker; a stand-in in tests. */
export interface ParseWorker {
  postMessage(request: ParseRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseResponse>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  terminate(): void
}

function startParseWorker(): ParseWorker | null {
  if (typeof Worker !== 'function') return null
  return new Worker(new URL('./parse.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Gloss annotation import',
  })
}

/** The refusal for a worker that failed (a script that did not load, memory run out). */
export const READER_STOPPED: ImportRefusal = {
  reason: 'reader-stopped',
  message: 'Gloss could not read the file: its reader stopped before it finished.',
}

/**
 * @param text - the file's text
 * @param signal - cancels the parse: the worker is stopped and the promise rejects with its reason
 * @param start - makes the worker; null means parse in the page
 */
export function parseFileInWorker(
  text: string,
  signal: AbortSignal,
  start: () => ParseWorker | null = startParseWorker,
): Promise<ParseResponse> {
  signal.throwIfAborted()
  const worker = start()
  if (worker === null) return Promise.resolve(parseAnnotationFile(text))
  return new Promise<ParseResponse>((resolve, reject) => {
    const stop = (): void => {
      worker.terminate()
      reject(signal.reason)
    }
    signal.addEventListener('abort', stop, { once: true })
    const settle = (response: ParseResponse): void => {
      signal.removeEventListener('abort', stop)
      worker.terminate()
      resolve(response)
    }
    worker.addEventListener('message', (event) => settle(event.data))
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      settle(err(READER_STOPPED))
    })
    worker.postMessage({ text, now: Date.now() })
  })
}
