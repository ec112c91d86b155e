/**
 * Messages between the reader and the worker that finds a page's readable part
 * (`readable.worker.ts`): one request per page, answered once, by id.
 */
import type { ReadablePage } from './find-readable'

export interface ReadableRequest {
  readonly id: number
  readonly html: string
  readonly savedFrom?: string
}

export type ReadableResponse =
  | { readonly id: number; readonly ok: true; readonly page: ReadablePage }
  | { readonly id: number; readonly ok: false; readonly message: string }
