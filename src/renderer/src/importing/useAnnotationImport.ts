/**
 * The import flow, from a click to the write: pick a file through the host, parse and
 * validate it, find each document it names in the library (`routing/`), re-anchor every
 * annotation against its article, show what will happen, and on confirmation write it all in
 * one transaction (all or none) as one undoable step: the highlights on every article, page
 * notes and replies into each article's note, and what is on pages the library does not have
 * under "Not in your library". From the reader, a file on one document that matches nothing
 * goes to the open article (`match-documents.ts`). A file that cannot be imported, or a
 * write that fails, leaves a message for a `role="alert"` and the data unchanged.
 */
import { readonly, shallowReadonly, shallowRef } from 'vue'
import { host } from '@host'
import { writeImport, type ImportWrite, type ImportWritten } from '@renderer/db/import-annotations'
import { writeExplained } from '@renderer/db/write-failure'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useArticleStore } from '@renderer/stores/article'
import { useHistoryStore } from '@renderer/stores/history'
import { useLibraryStore } from '@renderer/stores/library'
import { useStorageStore } from '@renderer/stores/storage'
import type { PlanContext } from './import-plan'
import { importCommand } from './import-command'
import { importWriteOf } from './import-write'
import { planLibraryImport, type LibraryImportPlan, type OpenArticle } from './library-plan'
import { libraryPlanReads } from './library-reads'
import { importedMessage } from './imported-message'
import { noteWithSections } from './page-notes'
import { MAX_NOTE_CHARS, formatCount } from './formats/limits'
import { useOmnivoreImport } from './omnivore/useOmnivoreImport'

/**
 * Where the flow is: nothing open; reading and anchoring a file; asking to confirm a plan;
 * writing it; or showing why a file cannot be imported.
 */
export type ImportPhase = 'idle' | 'checking' | 'confirming' | 'writing' | 'refused'

/** How far the check is: articles anchored, of how many. */
export interface CheckProgress {
  readonly done: number
  readonly total: number
}

export interface ImportFlowOptions {
  /**
   * True where the reader imports (a file on one unknown document goes to the open article);
   * false in the library view, where nothing is open.
   */
  readonly reader?: boolean
}

/** @param options - where the flow is used */
export function useAnnotationImport({ reader = true }: ImportFlowOptions = {}) {
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const history = useHistoryStore()
  const storage = useStorageStore()
  const articles = useArticleStore()
  const omnivore = useOmnivoreImport()
  const library = useLibraryStore()

  const phase = shallowRef<ImportPhase>('idle')
  const fileName = shallowRef('')
  /** Characters of the file that were not UTF-8 (see shared/decode-utf8.ts). */
  const unreadable = shallowRef(0)
  const plan = shallowRef<LibraryImportPlan | null>(null)
  const progress = shallowRef<CheckProgress | null>(null)
  /** Why the file cannot be imported, or why the write failed; null when all is well. */
  const error = shallowRef<string | null>(null)

  function refuse(message: string): void {
    plan.value = null
    error.value = message
    phase.value = 'refused'
  }

  /**
   * Whether the open article has a highlight on a range: where each stored annotation says it
   * is, and where anchoring placed it (which differs when the article changed, and may not be
   * known yet for annotations still being anchored).
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

  /** The article open in the reader, when the reader imports. */
  function openArticle(): OpenArticle | undefined {
    const { articleId, textIndex } = store
    if (!reader || articleId === null || !textIndex) return undefined
    const title = articles.article?.id === articleId ? articles.article.title : ''
    return {
      article: { id: articleId, title, trashed: false, normalizedUrl: '' },
      index: textIndex,
      isHighlighted: highlightedPassages(),
    }
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
    progress.value = null
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

  /** Parse, route, anchor and compare; resolves the plan, or why the file cannot be imported. */
  async function checkFile(text: string, signal: AbortSignal): Promise<LibraryImportPlan | string> {
    // Let the dialog say it is checking before a large file is parsed.
    await yieldToMain()
    // The parser and its schemas load with the first import, not with the app; the file is
    // parsed in a worker, so a library's export does not hold the page still.
    const { parseFileInWorker } = await import('@renderer/importing/formats/parse-in-worker')
    const parsed = await parseFileInWorker(text, signal)
    if (!parsed.ok) return parsed.error.message
    const planned = await planLibraryImport(parsed.value, libraryPlanReads(storage, library), {
      open: openArticle(),
      signal,
      onProgress: (done, total) => (progress.value = { done, total }),
    })
    const tooLong = planned.articles.find(
      ({ plan: one, articleNote }) =>
        noteWithSections(articleNote, one.pageNotes).length > MAX_NOTE_CHARS,
    )
    if (tooLong) {
      return `With the file’s page notes, the note of “${tooLong.article.title}” would be longer than ${formatCount(MAX_NOTE_CHARS)} characters, the most a note can hold, so nothing was imported.`
    }
    return planned
  }

  /** Write an import; resolves what was written, or null (and `error`) on failure. */
  async function write(what: ImportWrite): Promise<ImportWritten | null> {
    let written: ImportWritten | null = null
    const failure = await writeExplained(
      storage.write,
      async (db) => {
        written = await writeImport(db, what)
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
    if (phase.value !== 'confirming' || !current) return
    const what = importWriteOf(current, keepNotFound, Date.now())
    phase.value = 'writing'
    error.value = null
    const written = await write(what)
    if (written === null) {
      phase.value = 'confirming'
      return
    }
    const command = importCommand(what, written, { storageWrite: storage.write, write })
    const changed =
      written.added.length > 0 || written.notes.length > 0 || written.pending.length > 0
    if (changed) history.record(command)
    view.announce({ message: importedMessage(what, written), undoes: changed ? command : null })
    reset()
  }

  function reset(): void {
    phase.value = 'idle'
    plan.value = null
    progress.value = null
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
    progress: readonly(progress),
    error: readonly(error),
    start,
    confirm,
    close,
    omnivore,
  }
}
