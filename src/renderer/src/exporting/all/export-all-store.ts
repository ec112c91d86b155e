/**
 * Export all: the whole library out of Gloss, as the dialog shows it. The reader chooses where
 * it goes (Markdown files into a folder on the desktop, or as one ZIP; one JSON-LD collection;
 * one CSV) and what it holds; the library is then read and formatted in slices with progress
 * and a Cancel (`build-library-export.ts`), and saved through the host: a ZIP or a single file
 * with `saveFile` (a save dialog, or a download), a folder with `writeExportFolder`, which
 * names the files the reader changed since the last export before writing anything, so the
 * dialog can ask whether to overwrite them, keep them, or cancel.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { readonly, ref, shallowRef } from 'vue'
import { host } from '@host'
import type { ChangedFileChoice, ExportFolder, WrittenExportFolder } from '@shared/host'
import type { ExportOptions } from '@renderer/exporting/formats/types'
import { useStorageStore } from '@renderer/stores/storage'
import type { BuiltLibraryExport, LibraryExportFormat } from './build-library-export'
import { databaseExportSource } from './database-source'
import { ExportCancelled } from './library-inputs'
import { exportedSentence, folderSentence } from './export-all-messages'

/** Where an export goes: Markdown into a folder or a ZIP, or one JSON-LD or CSV file. */
export type ExportAllTarget = 'markdown-folder' | 'markdown-zip' | 'json-ld' | 'csv'

export interface ExportAllChoices extends ExportOptions {
  readonly target: ExportAllTarget
}

/**
 * Choosing; reading and formatting; zipping; handing the files to the host; asking about files
 * the reader changed; done (what was written is in `result`); refused (why is in `error`).
 */
export type ExportAllPhase =
  'choosing' | 'reading' | 'zipping' | 'saving' | 'asking' | 'done' | 'refused'

const FORMAT_OF: Record<ExportAllTarget, LibraryExportFormat> = {
  'markdown-folder': 'markdown',
  'markdown-zip': 'markdown',
  'json-ld': 'json-ld',
  csv: 'csv',
}

const MIME_OF: Record<Exclude<LibraryExportFormat, 'markdown'>, string> = {
  'json-ld': 'application/ld+json',
  csv: 'text/csv',
}

// The formatters, fflate and the reads load with the first export, not with the app.
const loadBuilder = () => import('./build-library-export')
const loadZip = () => import('./files-zip')
const loadParts = () => import('./file-parts')

export const useExportAllStore = defineStore('export-all', () => {
  const storage = useStorageStore()

  const shown = ref(false)
  const phase = ref<ExportAllPhase>('choosing')
  const error = ref<string | null>(null)
  const result = ref('')
  /** How far reading (articles) or zipping (files) is. */
  const progress = shallowRef<{ done: number; total: number } | null>(null)
  /** The files the reader changed, while asking. */
  const changed = shallowRef<readonly string[]>([])

  let controller: AbortController | null = null
  /** The export waiting on the reader's answer about changed files. */
  let waiting: { folder: ExportFolder; built: BuiltLibraryExport } | null = null

  function open(): void {
    if (shown.value && phase.value !== 'done' && phase.value !== 'refused') return
    shown.value = true
    phase.value = 'choosing'
    error.value = null
    result.value = ''
    progress.value = null
  }

  function refuse(message: string): void {
    error.value = message
    phase.value = 'refused'
  }

  const setProgress = (done: number, total: number): void => {
    progress.value = { done, total }
  }

  async function build(choices: ExportAllChoices, signal: AbortSignal) {
    const { buildLibraryExport } = await loadBuilder()
    const source = databaseExportSource(
      storage.read,
      async () => {
        const article = await host.loadArticle()
        return article.ok ? article.value : undefined
      },
      () => storage.problem ?? 'Gloss could not read its saved data.',
    )
    const { includeNotes, includeTags, includeLinks } = choices
    return buildLibraryExport(source, FORMAT_OF[choices.target], {
      exportedAt: new Date(),
      options: { includeNotes, includeTags, includeLinks },
      signal,
      progress: setProgress,
    })
  }

  async function saveZip(built: BuiltLibraryExport, signal: AbortSignal): Promise<string | null> {
    phase.value = 'zipping'
    const [{ zipFiles }, { libraryFileName }] = await Promise.all([loadZip(), loadBuilder()])
    const bytes = await zipFiles(built.files, setProgress, signal)
    phase.value = 'saving'
    const saved = await host.saveFile({
      suggestedName: libraryFileName('zip', new Date()),
      content: bytes,
      mimeType: 'application/zip',
    })
    if (!saved.ok) throw new Error(saved.error.message)
    return saved.value.saved ? saved.value.name : null
  }

  async function saveOne(built: BuiltLibraryExport, format: 'json-ld' | 'csv') {
    phase.value = 'saving'
    const [file] = built.files
    const parts = (await loadParts()).fileParts(file.text)
    if (parts === null) throw new Error('The export is larger than one file Gloss can save.')
    const saved = await host.saveFile({
      suggestedName: file.name,
      content: parts.length === 1 ? parts[0] : parts,
      mimeType: MIME_OF[format],
    })
    if (!saved.ok) throw new Error(saved.error.message)
    return saved.value.saved ? saved.value.name : null
  }

  /** Write into the folder; null while the reader is asked about their changed files. */
  async function writeFolder(
    folder: ExportFolder,
    built: BuiltLibraryExport,
    choice: ChangedFileChoice,
  ): Promise<WrittenExportFolder | null> {
    phase.value = 'saving'
    const files = built.files.map(({ name, text }) => ({ name, content: text }))
    const written = await host.writeExportFolder({ token: folder.token, files, changed: choice })
    if (!written.ok) throw new Error(written.error.message)
    if (written.value.status === 'changed') {
      waiting = { folder, built }
      changed.value = written.value.changed
      phase.value = 'asking'
      return null
    }
    return written.value
  }

  function finish(built: BuiltLibraryExport, where: string): void {
    result.value = `${exportedSentence(built.articles, built.highlights)} ${where}`
    phase.value = 'done'
  }

  /** Run the export the reader chose. */
  async function start(choices: ExportAllChoices): Promise<void> {
    if (phase.value !== 'choosing' && phase.value !== 'done' && phase.value !== 'refused') return
    error.value = null
    let folder: ExportFolder | null = null
    if (choices.target === 'markdown-folder') {
      const chosen = await host.chooseExportFolder()
      if (!chosen.ok) return refuse(chosen.error.message)
      if (chosen.value === null) return
      folder = chosen.value
    }
    controller = new AbortController()
    const { signal } = controller
    phase.value = 'reading'
    progress.value = null
    try {
      const built = await build(choices, signal)
      if (folder) {
        const outcome = await writeFolder(folder, built, 'ask')
        if (outcome) finish(built, folderSentence(folder.name, outcome))
        return
      }
      const format = FORMAT_OF[choices.target]
      const name =
        format === 'markdown' ? await saveZip(built, signal) : await saveOne(built, format)
      if (name === null) phase.value = 'choosing'
      else finish(built, `to ${name}.`)
    } catch (cause) {
      if (cause instanceof ExportCancelled) phase.value = 'choosing'
      else refuse(cause instanceof Error ? cause.message : String(cause))
    } finally {
      controller = null
    }
  }

  /** The reader's answer about the files they changed: overwrite them or keep them. */
  async function resolveChanged(choice: 'overwrite' | 'keep'): Promise<void> {
    const pending = waiting
    if (phase.value !== 'asking' || !pending) return
    waiting = null
    try {
      const outcome = await writeFolder(pending.folder, pending.built, choice)
      if (outcome) finish(pending.built, folderSentence(pending.folder.name, outcome))
    } catch (cause) {
      refuse(cause instanceof Error ? cause.message : String(cause))
    }
  }

  /** Stop: reading or zipping stops between slices; while asking, nothing is written. */
  function cancel(): void {
    controller?.abort()
    if (phase.value === 'asking') {
      waiting = null
      changed.value = []
      phase.value = 'choosing'
    }
  }

  /** Close the dialog; an export under way is cancelled (a save the host began runs on). */
  function close(): void {
    if (phase.value === 'saving') return
    cancel()
    shown.value = false
    phase.value = 'choosing'
  }

  return {
    shown: readonly(shown),
    phase: readonly(phase),
    error: readonly(error),
    result: readonly(result),
    progress: readonly(progress),
    changed: readonly(changed),
    open,
    start,
    resolveChanged,
    cancel,
    close,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useExportAllStore, import.meta.hot))
