/**
 * Reading an Omnivore export in its own worker (`omnivore.worker.ts`), one per import, ended
 * when the export is read or the import cancelled. Where there are no workers (happy-dom, in
 * unit tests) the export is read in the page instead: the same code, on the main thread.
 */
import type { Result } from '@shared/result'
import { readOmnivoreExport, type OmnivoreExport } from './read-omnivore-export'

export interface OmnivoreReadRequest {
  readonly bytes: Uint8Array
  readonly now: number
}

export type OmnivoreReadResponse = Result<OmnivoreExport, string>

/**
 * @param bytes - the ZIP (handed to the worker: the caller must not use it afterwards)
 * @param signal - cancels the read: the worker is stopped and the promise rejects
 */
export function readExportInWorker(
  bytes: Uint8Array,
  signal: AbortSignal,
): Promise<OmnivoreReadResponse> {
  if (typeof Worker !== 'function') return readOmnivoreExport(bytes)
  signal.throwIfAborted()
  const worker = new Worker(new URL('./omnivore.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Gloss Omnivore import',
  })
  return new Promise<OmnivoreReadResponse>((resolve, reject) => {
    const stop = (): void => {
      worker.terminate()
      reject(signal.reason)
    }
    signal.addEventListener('abort', stop, { once: true })
    const settle = (response: OmnivoreReadResponse): void => {
      signal.removeEventListener('abort', stop)
      worker.terminate()
      resolve(response)
    }
    worker.addEventListener('message', (event: MessageEvent<OmnivoreReadResponse>) =>
      settle(event.data),
    )
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      settle({ ok: false, error: 'Gloss could not read the export: its reader stopped.' })
    })
    const request: OmnivoreReadRequest = { bytes, now: Date.now() }
    worker.postMessage(request, [bytes.buffer])
  })
}
