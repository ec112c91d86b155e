/**
 * The reads a library-wide import plan makes (`library-plan.ts`, `PlanReads`), through the
 * app's storage: the articles the file could be on, each matched article's text (the host's
 * for the bundled sample, the stored blocks for an added one), the ranges already highlighted
 * on it, its note, and which of the file's ids are stored or waiting already.
 */
import { listArticleAnnotations, readArticleNote } from '@renderer/db/annotations'
import { findStoredIds } from '@renderer/db/import-annotations'
import { readLibraryLookups } from '@renderer/db/import-lookups'
import { findWaitingIds } from '@renderer/db/pending-imports'
import type { useLibraryStore } from '@renderer/stores/library'
import type { useStorageStore } from '@renderer/stores/storage'
import type { PlanReads } from './library-plan'

type Storage = ReturnType<typeof useStorageStore>
type Library = ReturnType<typeof useLibraryStore>

const NO_LOOKUPS = { byId: new Map(), byUrl: new Map(), byTitle: new Map() }

/**
 * @param storage - the app's storage store
 * @param library - the library store, which reads an article's blocks
 */
export function libraryPlanReads(storage: Storage, library: Library): PlanReads {
  return {
    lookups: async (wanted) =>
      (await storage.read((db) => readLibraryLookups(db, wanted))) ?? NO_LOOKUPS,
    articleText: async (id) => (await library.readArticle(id))?.text,
    highlightedOn: async (id) => {
      const stored = (await storage.read((db) => listArticleAnnotations(db, id))) ?? []
      const ranges = new Set(
        stored.map(({ target }) => `${target.position.start}:${target.position.end}`),
      )
      return (start, end) => ranges.has(`${start}:${end}`)
    },
    articleNote: async (id) => (await storage.read((db) => readArticleNote(db, id)))?.note ?? '',
    storedIds: async (ids) =>
      (await storage.read((db) => findStoredIds(db, ids))) ?? new Set<string>(),
    waitingIds: async (ids) =>
      (await storage.read((db) => findWaitingIds(db, ids))) ?? new Set<string>(),
  }
}
