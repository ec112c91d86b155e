/**
 * Back up everything and restore from a backup: the two tasks the settings panel's "Your data"
 * section and the native menu start, and the state their dialog shows. A backup is one file
 * saved through the host. A restore reads and checks a file, says what it holds and that it
 * replaces everything Gloss holds now, and on confirmation replaces every table in one
 * strict-durability transaction; the settings are then read again and the undo history,
 * which worked on the data replaced, is forgotten. A bad file or a failed write is explained
 * and changes nothing.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { readonly, ref, shallowReadonly, shallowRef } from 'vue'
import { host } from '@host'
import { decodeUtf8 } from '@shared/decode-utf8'
import { MAX_FILE_CHARS } from '@shared/host'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'
import { countAllData, readAllData, replaceAllData, type DataCounts } from '@renderer/db/backup'
import { writeExplained } from '@renderer/db/write-failure'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useHistoryStore } from '@renderer/stores/history'
import { useSettingsStore } from '@renderer/stores/settings'
import { useStorageStore } from '@renderer/stores/storage'
import type { Backup } from './backup-file'
import { splitParts } from './split-parts'

export type BackupTask = 'backup' | 'restore'
/**
 * Nothing under way; saving a backup; checking a backup file; asking to confirm a restore;
 * restoring; or refused (why is in `error`).
 */
export type BackupPhase = 'idle' | 'saving' | 'checking' | 'confirming' | 'restoring' | 'refused'

/** A restore waiting for the reader's go-ahead. */
export interface PendingRestore {
  readonly fileName: string
  /** Characters of the file that were not UTF-8 (see shared/decode-utf8.ts). */
  readonly unreadable: number
  readonly backup: Backup
  /** What Gloss holds now, which the restore replaces. */
  readonly current: DataCounts | undefined
}

/** `Gloss backup 2024-05-01.json`, in the reader's own calendar day. */
function backupName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')
  return `Gloss backup ${day}.json`
}

/** The backup format and its validator load with the first backup or restore, not with the app. */
const loadBackupFile = () => import('./backup-file')

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

  /** The file check under way, which closing the dialog abandons. */
  let check = 0

  function begin(next: BackupTask): boolean {
    if (['saving', 'checking', 'restoring'].includes(phase.value)) return false
    task.value = next
    error.value = null
    pending.value = null
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
    const data = await storage.read(readAllData)
    if (!data) return refuse(storage.problem ?? 'Gloss could not read its saved data.')
    const { MAX_BACKUP_CHARS, writeBackup } = await loadBackupFile()
    const { content, leftOut } = writeBackup(data, new Date())
    if (content.length > MAX_BACKUP_CHARS) {
      const megabytes = Math.round(MAX_BACKUP_CHARS / 1024 / 1024)
      return refuse(
        `Your data is larger than a backup file may be (${megabytes} MB), so it was not saved.`,
      )
    }
    const saved = await host.saveFile({
      suggestedName: backupName(new Date()),
      // Larger than the host takes in one piece: in parts, written one after another.
      content: content.length <= MAX_FILE_CHARS ? content : splitParts(content, MAX_FILE_CHARS),
      mimeType: 'application/json',
    })
    if (!saved.ok) return refuse(saved.error.message)
    if (!saved.value.saved) return done(null)
    const except =
      leftOut === 0
        ? ''
        : ` except ${leftOut.toLocaleString('en')} damaged item${leftOut === 1 ? '' : 's'} no backup can restore`
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
    const { readBackup } = await loadBackupFile()
    if (ticket !== check) return
    const { text, unreadable } = opened.value.bytes
      ? decodeUtf8(opened.value.bytes)
      : { text: opened.value.content, unreadable: opened.value.unreadable }
    const backup = readBackup(text)
    if (!backup.ok) return refuse(backup.error)
    const current = await storage.read(countAllData)
    if (ticket !== check) return
    const { name } = opened.value
    pending.value = { fileName: name, unreadable, backup: backup.value, current }
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
    const n = restore.backup.data.annotations.length
    done(`Restored ${n.toLocaleString('en')} annotation${n === 1 ? '' : 's'} and your settings`)
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
    backUp,
    chooseRestore,
    confirmRestore,
    dismiss,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBackupStore, import.meta.hot))
