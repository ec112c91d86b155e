/**
 * The page's side of the parse worker, with a stand-in worker that parses the file as the real
 * one does and answers through `structuredClone`, as `postMessage` would: the batch arrives
 * whole (its documents Map too); cancelling stops the worker; a worker that fails gives a
 * refusal a person can read; without workers the file is parsed in the page.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { err } from '@shared/result'
import { parseAnnotationFile } from './parse-annotation-file'
import {
  READER_STOPPED,
  parseFileInWorker,
  type ParseRequest,
  type ParseResponse,
  type ParseWorker,
} from './parse-in-worker'

const SIDEBAR_EXPORT = readFileSync(
  join(__dirname, '../../../../../fixtures/import/hypothesis/sidebar-export.json'),
  'utf8',
)

class StandInWorker implements ParseWorker {
  readonly received: ParseRequest[] = []
  terminated = false
  private onMessage: ((event: MessageEvent<ParseResponse>) => void) | undefined
  private onError: ((event: ErrorEvent) => void) | undefined
  postMessage(request: ParseRequest): void {
    this.received.push(structuredClone(request))
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    if (type === 'message') this.onMessage = listener as typeof this.onMessage
    else this.onError = listener as typeof this.onError
  }
  terminate(): void {
    this.terminated = true
  }
  /** Parse what was sent, as `parse.worker.ts` does, and answer with a structured clone. */
  answer(): void {
    const { text, now } = this.received[0]
    const data = structuredClone(parseAnnotationFile(text, { now: new Date(now) }))
    this.onMessage?.({ data } as MessageEvent<ParseResponse>)
  }
  crash(): void {
    this.onError?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent)
  }
}

function parse(text: string, signal = new AbortController().signal) {
  const worker = new StandInWorker()
  return { parsed: parseFileInWorker(text, signal, () => worker), worker }
}

describe('parseFileInWorker', () => {
  it('hands back the batch the worker parsed, documents and all, and stops the worker', async () => {
    const { parsed, worker } = parse(SIDEBAR_EXPORT)
    expect(worker.received.map((request) => request.text)).toEqual([SIDEBAR_EXPORT])
    worker.answer()
    const result = await parsed
    if (!result.ok) throw new Error(result.error.message)
    const inPage = parseAnnotationFile(SIDEBAR_EXPORT, { now: new Date(worker.received[0].now) })
    if (!inPage.ok) throw new Error(inPage.error.message)
    expect(result.value.annotations.length).toBeGreaterThan(0)
    expect(result.value.documents).toBeInstanceOf(Map)
    // Ids the file does not give are made afresh on each parse; everything else is the same.
    const withoutIds = (batch: typeof result.value) => ({
      annotations: batch.annotations.map(({ id: _id, ...rest }) => rest),
      pageNotes: batch.pageNotes,
      sources: batch.sources,
      documents: [...batch.documents.values()],
    })
    expect(withoutIds(result.value)).toEqual(withoutIds(inPage.value))
    expect([...result.value.documents.keys()]).toEqual(
      result.value.annotations.map((annotation) => annotation.id),
    )
    expect(worker.terminated).toBe(true)
  })

  it('hands back the worker’s refusal as it came', async () => {
    const { parsed, worker } = parse('{"rows": [}')
    worker.answer()
    expect(await parsed).toMatchObject({ ok: false, error: { reason: 'not-json' } })
  })

  it('stops the worker when the check is cancelled', async () => {
    const controller = new AbortController()
    const { parsed, worker } = parse(SIDEBAR_EXPORT, controller.signal)
    controller.abort(new DOMException('Closed.', 'AbortError'))
    await expect(parsed).rejects.toThrow('Closed.')
    expect(worker.terminated).toBe(true)
  })

  it('starts no worker for a check already cancelled', async () => {
    const controller = new AbortController()
    controller.abort(new DOMException('Closed.', 'AbortError'))
    let started = 0
    const parsed = () =>
      parseFileInWorker(SIDEBAR_EXPORT, controller.signal, () => {
        started += 1
        return new StandInWorker()
      })
    expect(parsed).toThrow('Closed.')
    expect(started).toBe(0)
  })

  it('refuses the file, saying why, when the worker fails', async () => {
    const { parsed, worker } = parse(SIDEBAR_EXPORT)
    worker.crash()
    expect(await parsed).toEqual(err(READER_STOPPED))
    expect(worker.terminated).toBe(true)
  })

  it('parses in the page where there are no workers', async () => {
    const result = await parseFileInWorker(SIDEBAR_EXPORT, new AbortController().signal, () => null)
    expect(result).toMatchObject({ ok: true, value: { documents: expect.any(Map) } })
  })
})
