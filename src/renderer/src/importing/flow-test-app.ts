/**
 * Test helper for the import flow: an app on a fresh fake database with the seed article
 * loaded and its stored annotations read, the flow to drive, and ways to look at what the
 * database holds and at the write transactions the flow opens.
 */
import { IDBDatabase } from 'fake-indexeddb'
import { onTestFinished, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import type { GlossDatabase } from '@renderer/db/database'
import { startReader } from '@renderer/testing/started-reader'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useArticleStore } from '@renderer/stores/article'
import { useAnnotationImport } from './useAnnotationImport'

export interface FlowTestApp {
  readonly db: GlossDatabase
  readonly store: ReturnType<typeof useAnnotationStore>
  readonly flow: ReturnType<typeof useAnnotationImport>
  readonly articleId: string
  /** Every stored annotation, by id. */
  rows(): Promise<Annotation[]>
}

export async function startImportApp(): Promise<FlowTestApp> {
  const { store, db } = await startReader()
  return {
    db,
    store,
    flow: useAnnotationImport(),
    articleId: useArticleStore().article!.id,
    rows: () => db.annotations.orderBy('id').toArray(),
  }
}

/** A read-write transaction IndexedDB was asked for. */
export interface WriteTransaction {
  readonly stores: string[]
  readonly durability: string | undefined
}

/** Record every read-write transaction opened from now until the test ends. */
export function recordWriteTransactions(): WriteTransaction[] {
  const opened: WriteTransaction[] = []
  const original = IDBDatabase.prototype.transaction
  const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args
  ) {
    const [stores, mode, options] = args
    if (mode === 'readwrite') {
      opened.push({
        stores: typeof stores === 'string' ? [stores] : [...stores],
        durability: (options as { durability?: string } | undefined)?.durability,
      })
    }
    return original.apply(this, args)
  })
  onTestFinished(() => spy.mockRestore())
  return opened
}
