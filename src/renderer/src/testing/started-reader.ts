/**
 * Test helper: an app started as the reader's window starts, on a given fake IndexedDB (a
 * fresh one by default): the seed article loaded, its stored annotations read and the library
 * started. Two calls on
 * one IndexedDB are two windows on one library. Its Pinia stays active for the test body.
 */
import { expect, onTestFinished, vi } from 'vitest'
import { openDatabase } from '@renderer/db/connection'
import type { IndexedDbDependencies } from '@renderer/db/database'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useArticleStore } from '@renderer/stores/article'
import { useLibraryStore } from '@renderer/stores/library'
import { createTestApp } from './mount'

/** @param indexedDb - the library to open */
export async function startReader(indexedDb: IndexedDbDependencies = freshIndexedDb()) {
  const connection = openDatabase(indexedDb)
  createTestApp({ connection })
  await useArticleStore().load()
  const store = useAnnotationStore()
  await vi.waitFor(() => expect(store.loaded).toBe(true))
  // The library's start (the sample's row) is written too, so tests see a settled database.
  const library = useLibraryStore()
  await vi.waitFor(() => expect(library.prepared).toBe(true))
  const { db } = await connection
  onTestFinished(() => db!.close())
  return { store, db: db!, connection, indexedDb }
}
