/**
 * The import flow, from the reader's click to the write: pick a file through the host, parse
 * and validate it, keep what it holds for this article (by title, for a file on many
 * documents), re-anchor every annotation against the article, show what will happen, and
 * on confirmation add the new ones, and the file's page notes and replies to the article's
 * note, in one transaction (all or none), as one undoable step. A
 * file that cannot be imported, or a write that fails, leaves a message for a `role="alert"`
 * and the data unchanged.
 */
import { readonly, shallowReadonly, shallowRef } from 'vue'
import { host } from '@host'
import type { Annotation } from '@shared/annotation'
import { deleteAnnotationsIfUnchanged } from '@renderer/db/annotation-edits'
import { readArticleNote, restoreArticleNoteIfUnchanged } from '@renderer/db/annotations'
import {
  findStoredIds,
  importAnnotations,
  type ImportedNote,
  type ImportWritten,
} from '@renderer/db/import-annotations'
import { writeExplained } from '@renderer/db/write-failure'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useArticleStore } from '@renderer/stores/article'
import { useHistoryStore, type UndoableCommand } from '@renderer/stores/history'
import { useStorageStore } from '@renderer/stores/storage'
import {
  anchorCandidates,
  planImport,
  withoutPositionsBeyond,
  type ImportPlan,
  type PlanContext,
} from './import-plan'
import { selectForArticle } from './document-titles'
import { noteWithSections } from './page-notes'
import { MAX_NOTE_CHARS, formatCount } from './formats/limits'
import { useOmnivoreImport } from './omnivore/useOmnivoreImport'

/**
 * Where the flow is: nothing open; reading and anchoring a file; asking to confirm a plan;
 * writing it; or showing why a file cannot be imported.
 */
export type ImportPhase = 'idle' | 'checking' | 'confirming' | 'writing' | 'refused'

const count = new Intl.NumberFormat('en')

function importedMessage(n: number, toNote: boolean): string {
  const annotations = `Imported ${count.format(n)} annotation${n === 1 ? '' : 's'}`
  return toNote ? `${annotations}, and page notes into the article’s note` : annotations
}

export function useAnnotationImport() {
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const history = useHistoryStore()
  const storage = useStorageStore()
  const articles = useArticleStore()
  const omnivore = useOmnivoreImport()

  const phase = shallowRef<ImportPhase>('idle')
  const fileName = shallowRef('')
  /** Characters of the file that were not UTF-8 (see shared/decode-utf8.ts). */
  const unreadable = shallowRef(0)
  const plan = shallowRef<ImportPlan | null>(null)
  /** Why the file cannot be imported, or why the write failed; null when all is well. */
  const error = shallowRef<string | null>(null)

  function refuse(message: string): void {
    plan.value = null
    error.value = message
    phase.value = 'refused'
  }

  /**
   * Whether the article has a highlight on a range with a quote: where each stored annotation
   * says it is, and where anchoring placed it (which differs when the article changed, and
   * may not be known yet for annotations still being anchored).
   */
  function highlightedPassages(): PlanContext['isHighlighted'] {
    // By range alone: a passage found by fuzzy matching has another quote than the file's, and
    // the same file imported again must still find it here.
    const key = (start: number, end: number): string => `${start}:${end}`
    const passages = new Set<string>()
    for (const { target } of store.annotations) {
      passages.add(key(target.position.start, target.position.end))
    }
    for (const { start, end } of store.lookup.inOrder) passages.add(key(start, end))
    return (start, end) => passages.has(key(start, end))
  }

  /** The check under way, which closing the dialog abandons. */
  let checking: AbortController | null = null

  /** Ask for a file and work out what importing it would do. */
  async function start(): Promise<void> {
    if (phase.value === 'checking' || phase.value === 'writing') return
    const opened = await host.openFile({ purpose: 'annotations' })
    if (!opened.ok) return refuse(opened.error.message)
    const file = opened.value
    if (file === null) return
    // Only a ZIP comes as bytes: an Omnivore export, whose articles come too, in its own flow.
    if (file.bytes) return omnivore.start(file)
    error.value = null
    phase.value = 'checking'
    fileName.value = file.name
    unreadable.value = file.unreadable
    const check = (checking = new AbortController())
    try {
      const checked = await checkFile(file.content, check.signal)
      if (check.signal.aborted) return
      if (typeof checked === 'string') return refuse(checked)
      plan.value = checked
      phase.value = 'confirming'
    } catch (cause) {
      if (!check.signal.aborted) throw cause
    }
  }

  /** Parse, anchor and compare; resolves the plan, or why the file cannot be imported. */
  async function checkFile(text: string, signal: AbortSignal): Promise<ImportPlan | string> {
    // Let the dialog say it is checking before a large file is parsed.
    await yieldToMain()
    // The parser and its schemas load with the first import, not with the app.
    const { parseAnnotationFile } =
      await import('@renderer/importing/formats/parse-annotation-file')
    const parsed = parseAnnotationFile(text)
    if (!parsed.ok) return parsed.error.message
    const { articleId, textIndex } = store
    if (articleId === null || !textIndex) return 'Open an article to import annotations.'
    const { documents, sources } = parsed.value
    const title = articles.article?.id === articleId ? articles.article.title : ''
    // A file that names its pages by title only (Readwise's CSV) keeps what is on this one.
    const selected =
      sources.length === 0
        ? selectForArticle(parsed.value.annotations, documents, title)
        : { annotations: parsed.value.annotations, otherHighlights: 0, otherDocuments: 0 }
    const candidates = withoutPositionsBeyond(selected.annotations, textIndex.text.length)
    const results = await anchorCandidates(textIndex, candidates, { signal })
    const ids = candidates.map((candidate) => candidate.id)
    const storedIds = (await storage.read((db) => findStoredIds(db, ids))) ?? new Set<string>()
    const articleNote = await storage.read((db) => readArticleNote(db, articleId))
    const { pageNotes } = parsed.value
    // Page notes belong to the page they were written on: from a file on several pages (an
    // API search over many) none is put in this article's note.
    const onePage = sources.length <= 1
    const planned = planImport(candidates, results, {
      articleId,
      index: textIndex,
      storedIds,
      isHighlighted: highlightedPassages(),
      pageNotes: onePage ? pageNotes : [],
      articleNote: articleNote?.note ?? '',
      elsewhere: { highlights: selected.otherHighlights, documents: selected.otherDocuments },
    })
    const noteLength = noteWithSections(articleNote?.note ?? '', planned.pageNotes).length
    if (noteLength > MAX_NOTE_CHARS) {
      return `With the file’s page notes, the article’s note would be longer than ${formatCount(MAX_NOTE_CHARS)} characters, the most a note can hold, so nothing was imported.`
    }
    return planned
  }

  /** Write what an import adds; resolves what was written, or null (and `error`) on failure. */
  async function write(
    annotations: readonly Annotation[],
    note: ImportedNote | undefined,
  ): Promise<ImportWritten | null> {
    let written: ImportWritten = { added: [], note: null }
    const failure = await writeExplained(
      storage.write,
      async (db) => {
        written = await importAnnotations(db, annotations, note)
      },
      () => storage.problem ?? 'Gloss cannot change its saved data now',
    )
    if (failure === null) return written
    error.value = `Nothing was imported: ${failure}.`
    return null
  }

  /**
   * Import what the plan adds.
   *
   * @param keepNotFound - also add the annotations whose passage was not found
   */
  async function confirm(keepNotFound: boolean): Promise<void> {
    const current = plan.value
    const articleId = store.articleId
    if (phase.value !== 'confirming' || !current || articleId === null) return
    const annotations = keepNotFound ? [...current.found, ...current.notFound] : current.found
    const sections = current.pageNotes
    const note: ImportedNote | undefined =
      sections.length === 0
        ? undefined
        : {
            articleId,
            // Never a section the note holds already (a redo after an undo that left a note
            // typed on since).
            change: (stored) =>
              noteWithSections(
                stored,
                sections.filter((section) => !stored.includes(section)),
              ),
          }
    phase.value = 'writing'
    error.value = null
    const written = await write(annotations, note)
    if (written === null) {
      phase.value = 'confirming'
      return
    }
    const addedIds = new Set(written.added)
    const imported = annotations.filter((annotation) => addedIds.has(annotation.id))
    let noteChange = written.note
    const command: UndoableCommand = {
      label: 'Import annotations',
      // An imported highlight edited since (here or in another window) stays, and so does an
      // article note changed since.
      undo: () =>
        storage.write((db) =>
          // One transaction: the highlights and the note go back together, or neither does.
          db.transaction('rw', [db.annotations, db.articleNotes], async () => {
            await deleteAnnotationsIfUnchanged(db, imported)
            const change = noteChange
            if (change) await restoreArticleNoteIfUnchanged(db, change.after, change.before)
          }),
        ),
      redo: async () => {
        const again = await write(imported, note)
        if (again) noteChange = again.note
        return again !== null
      },
    }
    const changed = written.added.length > 0 || noteChange !== null
    if (changed) history.record(command)
    view.announce({
      message: importedMessage(written.added.length, noteChange !== null),
      undoes: changed ? command : null,
    })
    reset()
  }

  function reset(): void {
    phase.value = 'idle'
    plan.value = null
    error.value = null
  }

  /** Close the dialog without importing: abandons a check, but not a write under way. */
  function close(): void {
    if (phase.value === 'writing') return
    checking?.abort()
    reset()
  }

  return {
    phase: readonly(phase),
    fileName: readonly(fileName),
    unreadable: readonly(unreadable),
    plan: shallowReadonly(plan),
    error: readonly(error),
    start,
    confirm,
    close,
    omnivore,
  }
}
