/**
 * Back up everything and restore from a backup: the two tasks the settings panel's "Your data"
 * section and the native menu start, and the state their dialog shows. A backup is one ZIP
 * (the library, its pictures, annotations, notes, reading places and settings), built in
 * slices and saved through the host. A restore reads and checks a file (that ZIP, or the JSON
 * of a backup made before the library existed), says what it holds and what it replaces, and
 * on confirmation replaces every table in one strict-durability transaction; the settings are
 * then read again and the undo history, which worked on the data replaced, is forgotten. A
 * JSON backup holds no articles, so restoring one keeps the library's articles as they are. A
 * bad file or a failed write is explained and changes nothing.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { readonly, ref, shallowReadonly, shallowRef } from 'vue'
import { host } from '@host'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'
import { countAllData, readAllData, replaceAllData, type DataCounts } from '@renderer/db/backup'
import { writeExplained } from '@renderer/db/write-failure'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useHistoryStore } from '@renderer/stores/history'
import { useSettingsStore } from '@renderer/stores/settings'
import { useStorageStore } from '@renderer/stores/storage'
import type { Backup } from './backup-file'

export type BackupTask = 'backup' | 'restore'
/**
 * Nothing under way; saving a backup; checking a backup file; asking to confirm a restore;
 * restoring; or refused (why is in `error`).
 */
export type BackupPhase = 'idle' | 'saving' | 'checking' | 'confirming' | 'restoring' | 'refused'

/** A restore waiting for the reader's go-ahead. */
export interface PendingRestore {
  readonly fileName: string
  /** Characters of a JSON backup that were not UTF-8 (see shared/decode-utf8.ts). */
  readonly unreadable: number
  /** `backup.data.library` is absent for a JSON backup: the library then stays as it is. */
  readonly backup: Backup
  /** What Gloss holds now, which the restore replaces. */
  readonly current: DataCounts | undefined
}

/** `Gloss backup 2024-05-01.zip`, in the reader's own calendar day. */
function backupName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')
  return `Gloss backup ${day}.zip`
}

// The backup formats, fflate and the validators load with the first backup or restore, not
// with the app.
const loadWriter = () => import('./backup-zip-write')
const loadReader = () => import('./read-backup')

const plural = (n: number, one: string): string =>
  `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`

export const useBackupStore = defineStore('backup', () => {
  const storage = useStorageStore()
  const settings = useSettingsStore()
  const view = useAnnotationViewStore()
  const history = useHistoryStore()
  const annotations = useAnnotationStore()

  const task = ref<BackupTask>('backup')
  const phase = ref<BackupPhase>('idle')
  const error = ref<string | null>(null)
  const pending = shallowRef<PendingRestore | null>(null)
  /** How far the backup being saved or the file being checked is, 0..1; null when unknown. */
  const progress = ref<number | null>(null)
  const setProgress = (fraction: number | null): void => {
    progress.value = fraction
  }

  /** The file check under way, which closing the dialog abandons. */
  let check = 0

  function begin(next: BackupTask): boolean {
    if (['saving', 'checking', 'restoring'].includes(phase.value)) return false
    task.value = next
    error.value = null
    pending.value = null
    progress.value = null
    return true
  }

  function refuse(message: string): void {
    error.value = message
    phase.value = 'refused'
  }

  function done(message: string | null): void {
    phase.value = 'idle'
    pending.value = null
    if (message) view.announce({ message, undoes: null })
  }

  /** Save a backup of everything through the host (a save dialog, or a download). */
  async function backUp(): Promise<void> {
    if (!begin('backup')) return
    phase.value = 'saving'
    const data = await storage.read((db) => readAllData(db, { withLibrary: true }))
    if (!data?.library) return refuse(storage.problem ?? 'Gloss could not read its saved data.')
    const { writeBackupZip } = await loadWriter()
    const written = await writeBackupZip(
      { ...data, library: data.library },
      new Date(),
      setProgress,
    )
    if (!written.ok) return refuse(written.error)
    const saved = await host.saveFile({
      suggestedName: backupName(new Date()),
      content: written.value.bytes,
      mimeType: 'application/zip',
    })
    if (!saved.ok) return refuse(saved.error.message)
    if (!saved.value.saved) return done(null)
    const { leftOut } = written.value
    const except =
      leftOut === 0 ? '' : ` except ${plural(leftOut, 'damaged item')} no backup can restore`
    done(`Backed up everything to ${saved.value.name}${except}`)
  }

  /** Ask for a backup file, check it, and ask the reader to confirm replacing everything. */
  async function chooseRestore(): Promise<void> {
    if (!begin('restore')) return
    const opened = await host.openFile({ purpose: 'backup' })
    if (!opened.ok) return refuse(opened.error.message)
    if (opened.value === null) return done(null)
    phase.value = 'checking'
    const ticket = ++check
    // Let the dialog say it is checking before a large file is parsed.
    await yieldToMain()
    if (ticket !== check) return
    const { readBackupFile } = await loadReader()
    if (ticket !== check) return
    // Both hosts hand a backup over as bytes; text from one that did not is encoded back.
    const bytes = opened.value.bytes ?? new TextEncoder().encode(opened.value.content)
    const read = await readBackupFile(bytes, (fraction) => {
      if (ticket === check) setProgress(fraction)
    })
    if (ticket !== check) return
    if (!read.ok) return refuse(read.error)
    const current = await storage.read(countAllData)
    if (ticket !== check) return
    const { backup, unreadable } = read.value
    pending.value = { fileName: opened.value.name, unreadable, backup, current }
    phase.value = 'confirming'
  }

  /** Replace everything with the pending backup: all of it, or nothing on failure. */
  async function confirmRestore(): Promise<void> {
    const restore = pending.value
    if (phase.value !== 'confirming' || !restore) return
    phase.value = 'restoring'
    error.value = null
    const failure = await writeExplained(
      storage.write,
      (db) => replaceAllData(db, restore.backup.data),
      () => storage.problem ?? 'Gloss cannot change its saved data now',
    )
    if (failure !== null) {
      error.value = `Nothing was restored: ${failure}.`
      phase.value = 'confirming'
      return
    }
    // Undo steps would now act on data they never saw: the restore is the new starting point.
    history.forget()
    await Promise.all([settings.load(), annotations.loadLastColor()])
    const { annotations: restored, library, settings: restoredSettings } = restore.backup.data
    const articles = library ? `${plural(library.articles.length, 'article')}, ` : ''
    const what = `${articles}${plural(restored.length, 'annotation')}`
    done(`Restored ${restoredSettings.length > 0 ? `${what} and your settings` : what}`)
  }

  /** Close the dialog without restoring: abandons a check, but not a restore under way. */
  function dismiss(): void {
    if (phase.value === 'saving' || phase.value === 'restoring') return
    check++
    error.value = null
    done(null)
  }

  return {
    task: readonly(task),
    phase: readonly(phase),
    error: readonly(error),
    pending: shallowReadonly(pending),
    progress: readonly(progress),
    backUp,
    chooseRestore,
    confirmRestore,
    dismiss,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBackupStore, import.meta.hot))
