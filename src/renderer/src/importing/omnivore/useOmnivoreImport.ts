/**
 * Moving from Omnivore: its export ZIP, picked through Import annotations, becomes library
 * articles with their highlights. The flow reads and checks the ZIP, makes each item's article
 * through the adding pipeline (or finds it in the library), anchors its highlights on it, and
 * shows what will happen, with progress and Cancel for a large export. On confirmation it adds
 * the new articles (each whole, with its labels as tags, its saved time as the time added, and
 * archived if it was), then every highlight in one transaction, and records all of it as one
 * undoable step (undo moves the new articles to the trash). A refusal or a failed write leaves
 * a message for a `role="alert"`; if a write fails, the articles it added go to the trash.
 */
import { readonly, shallowReadonly, shallowRef } from 'vue'
import type { Annotation } from '@shared/annotation'
import type { OpenedFile } from '@shared/host'
import { fail } from '@shared/result'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'
import { deleteAnnotationsIfUnchanged } from '@renderer/db/annotation-edits'
import {
  listArticleAnnotations,
  readArticleNote,
  restoreArticleNoteIfUnchanged,
} from '@renderer/db/annotations'
import {
  findStoredIds,
  writeImport,
  type ImportedNote,
  type NoteChange,
} from '@renderer/db/import-annotations'
import { findWaitingIds } from '@renderer/db/pending-imports'
import type { PendingImportRecord } from '@renderer/db/database'
import { waitingRows } from '../import-write'
import { noteWithSections } from '../page-notes'
import { findArticleByUrl, findDuplicate } from '@renderer/db/library-duplicates'
import { deleteArticlesForGood, moveToTrash, restoreFromTrash } from '@renderer/db/library-trash'
import { updateArticleRecord } from '@renderer/db/library-writes'
import { writeExplained } from '@renderer/db/write-failure'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useHistoryStore, type UndoableCommand } from '@renderer/stores/history'
import { useLibraryStore } from '@renderer/stores/library'
import { useStorageStore } from '@renderer/stores/storage'
import type { OmnivorePlan, PreparedItem } from './omnivore-plan'
import type { PrepareSteps } from './prepare-items'

export type OmnivorePhase = 'idle' | 'checking' | 'confirming' | 'writing' | 'refused'

export interface OmnivoreProgress {
  readonly done: number
  readonly total: number
}

const count = new Intl.NumberFormat('en')
const plural = (n: number, one: string): string => `${count.format(n)} ${one}${n === 1 ? '' : 's'}`

/** The code only an Omnivore import needs, loaded with the first one. */
const loadReader = () => import('./omnivore-pipeline')

export function useOmnivoreImport() {
  const library = useLibraryStore()
  const storage = useStorageStore()
  const history = useHistoryStore()
  const view = useAnnotationViewStore()

  const phase = shallowRef<OmnivorePhase>('idle')
  const fileName = shallowRef('')
  const progress = shallowRef<OmnivoreProgress | null>(null)
  const plan = shallowRef<OmnivorePlan | null>(null)
  const error = shallowRef<string | null>(null)
  let checking: AbortController | null = null

  function refuse(message: string): void {
    plan.value = null
    progress.value = null
    error.value = message
    phase.value = 'refused'
  }

  function steps(signal: AbortSignal, extract: PrepareSteps['extract']): PrepareSteps {
    return {
      extract,
      findByUrl: async (url) => storage.read((db) => findArticleByUrl(db, url)),
      findDuplicate: async (fingerprint) =>
        (await storage.read((db) => findDuplicate(db, fingerprint)))?.existing,
      readArticle: (id) => library.readArticle(id),
      readNote: async (articleId) =>
        (await storage.read((db) => readArticleNote(db, articleId)))?.note ?? '',
      highlighted: async (articleId) => {
        const stored = (await storage.read((db) => listArticleAnnotations(db, articleId))) ?? []
        const ranges = new Set(
          stored.map(({ target: { position } }) => `${position.start}:${position.end}`),
        )
        return (start, end) => ranges.has(`${start}:${end}`)
      },
      // Stored, or waiting under Not in your library from an earlier import of the export.
      storedIds: async (ids) =>
        (await storage.read(
          async (db) =>
            new Set([...(await findStoredIds(db, ids)), ...(await findWaitingIds(db, ids))]),
        )) ?? new Set(),
      newId: () => crypto.randomUUID(),
      now: () => Date.now(),
      onProgress: (done, total) => {
        if (!signal.aborted) progress.value = { done, total }
      },
    }
  }

  /**
   * Check an export the host opened (its bytes), and ask to confirm.
   *
   * @param file - the picked file, a ZIP
   */
  async function start(file: OpenedFile): Promise<void> {
    if (phase.value === 'checking' || phase.value === 'writing') return
    error.value = null
    plan.value = null
    progress.value = null
    fileName.value = file.name
    phase.value = 'checking'
    const check = (checking = new AbortController())
    try {
      await yieldToMain()
      const { readExportInWorker, prepareItems, extractFragment } = await loadReader()
      const read = await readExportInWorker(file.bytes ?? new Uint8Array(0), check.signal)
      if (check.signal.aborted) return
      if (!read.ok) return refuse(read.error)
      const prepared = await prepareItems(
        read.value.items,
        check.signal,
        steps(check.signal, extractFragment),
      )
      if (check.signal.aborted) return
      plan.value = prepared
      phase.value = 'confirming'
    } catch (cause) {
      if (!check.signal.aborted) throw cause
    }
  }

  /** Add the plan's new articles, with their tags and times: the ids added, and any failure. */
  async function addArticles(
    items: readonly PreparedItem[],
  ): Promise<{ added: string[]; failure: string | null }> {
    const added: string[] = []
    for (const [n, { newArticle, item }] of items.entries()) {
      progress.value = { done: n, total: items.length }
      if (!newArticle) continue
      const outcome = await library.addArticle(newArticle)
      if (outcome.kind === 'failed') return { added, failure: outcome.message }
      if (outcome.kind === 'duplicate') {
        const failure = `“${item.title}” was added to the library while the import was being checked`
        return { added, failure }
      }
      added.push(outcome.id)
      if (item.labels.length === 0 && !item.archived) continue
      const tagged = await storage.write((db) =>
        updateArticleRecord(db, outcome.id, () => ({
          tags: [...item.labels],
          archived: item.archived ? 1 : 0,
        })),
      )
      if (!tagged)
        return { added, failure: storage.problem ?? 'Gloss cannot change its saved data now' }
    }
    return { added, failure: null }
  }

  /** The page notes' sections joining each article's note (never one it holds already). */
  function noteChanges(items: readonly PreparedItem[]): ImportedNote[] {
    return items
      .filter((item) => item.pageNotes.length > 0)
      .map(({ articleId, pageNotes }) => ({
        articleId,
        change: (stored: string) =>
          noteWithSections(
            stored,
            pageNotes.filter((section) => !stored.includes(section)),
          ),
      }))
  }

  /**
   * Write the highlights, the notes and what waits in one transaction: the notes that changed
   * and the ids of the rows that now wait, or why nothing was written.
   */
  async function writeHighlights(
    annotations: readonly Annotation[],
    notes: readonly ImportedNote[],
    pending: readonly PendingImportRecord[],
  ): Promise<{ notes: NoteChange[]; pending: string[] } | string> {
    let written = { notes: [] as NoteChange[], pending: [] as string[] }
    const failure = await writeExplained(
      storage.write,
      async (db) => {
        written = await writeImport(db, { annotations, notes, pending })
      },
      () => storage.problem ?? 'Gloss cannot change its saved data now',
    )
    return failure ?? written
  }

  /**
   * Import what the plan holds.
   *
   * @param keepNotFound - also add the highlights whose passage was not found
   */
  async function confirm(keepNotFound: boolean): Promise<void> {
    const current = plan.value
    if (phase.value !== 'confirming' || !current) return
    phase.value = 'writing'
    error.value = null
    const { added: articles, failure: notAdded } = await addArticles(current.items)
    const annotations = current.items.flatMap((item) =>
      keepNotFound ? [...item.found, ...item.notFound] : item.found,
    )
    const notes = noteChanges(current.items)
    const pending = current.waiting.flatMap((waiting) => waitingRows(waiting, Date.now()))
    const written = notAdded ?? (await writeHighlights(annotations, notes, pending))
    if (typeof written === 'string') {
      // The articles this import added go again: all of it, or none.
      const takenBack =
        articles.length === 0 || (await storage.write((db) => deleteArticlesForGood(db, articles)))
      const kept = takenBack ? '' : `; the ${plural(articles.length, 'article')} it had added stay`
      progress.value = null
      phase.value = 'confirming'
      error.value = `Nothing was imported: ${written.replace(/\.$/, '')}${kept}.`
      return
    }
    let { notes: noteChanged, pending: waited } = written
    const command: UndoableCommand = {
      label: 'Import from Omnivore',
      // A highlight or an article note edited since stays as it is now.
      undo: () =>
        storage.write((db) =>
          // One transaction: the highlights, the notes, what waits and the articles go back
          // together.
          db.transaction(
            'rw',
            [db.annotations, db.articleNotes, db.articles, db.pendingImports],
            async () => {
              await deleteAnnotationsIfUnchanged(db, annotations)
              for (const { after, before } of noteChanged) {
                await restoreArticleNoteIfUnchanged(db, after, before)
              }
              await db.pendingImports.bulkDelete(waited)
              const now = Date.now()
              for (const id of articles) await moveToTrash(db, id, now)
            },
          ),
        ),
      redo: async () => {
        const restored = await storage.write(async (db) => {
          for (const id of articles) await restoreFromTrash(db, id)
        })
        if (!restored) return false
        const again = await writeHighlights(
          annotations,
          notes,
          pending.filter((row) => waited.includes(row.id)),
        )
        if (typeof again === 'string') return false
        ;({ notes: noteChanged, pending: waited } = again)
        return true
      },
    }
    const changed =
      articles.length > 0 || annotations.length > 0 || noteChanged.length > 0 || waited.length > 0
    if (changed) history.record(command)
    view.announce({
      message: `Imported ${plural(articles.length, 'article')} and ${plural(annotations.length, 'highlight')} from Omnivore${
        waited.length > 0 ? `; ${count.format(waited.length)} wait under Not in your library` : ''
      }`,
      undoes: changed ? command : null,
    })
    reset()
  }

  function reset(): void {
    phase.value = 'idle'
    plan.value = null
    progress.value = null
    error.value = null
  }

  /** Close the dialog without importing: cancels a check, but not a write under way. */
  function close(): void {
    if (phase.value === 'writing') return
    checking?.abort(fail('cancelled', 'The import was cancelled.'))
    reset()
  }

  return {
    phase: readonly(phase),
    fileName: readonly(fileName),
    progress: readonly(progress),
    plan: shallowReadonly(plan),
    error: readonly(error),
    start,
    confirm,
    close,
  }
}
