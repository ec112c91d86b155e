/**
 * "Not in your library" for views: what waits, followed live and grouped by page
 * (`waiting-groups.ts`), and deleting a page's group as one undoable step (the notice's Undo
 * puts the rows back as they were).
 */
import { computed } from 'vue'
import {
  deletePendingImports,
  listPendingImports,
  restorePendingImports,
} from '@renderer/db/pending-imports'
import type { PendingImportRecord } from '@renderer/db/database'
import { useLiveQuery } from '@renderer/composables/useLiveQuery'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useHistoryStore, type UndoableCommand } from '@renderer/stores/history'
import { useStorageStore } from '@renderer/stores/storage'
import { waitingGroups, type WaitingGroup } from './waiting-groups'

export function useWaitingImports() {
  const storage = useStorageStore()
  const history = useHistoryStore()
  const view = useAnnotationViewStore()
  const rows = useLiveQuery(() => listPendingImports)
  const groups = computed(() => waitingGroups(rows.value ?? []))
  const count = computed(() => rows.value?.length ?? 0)

  /** Delete one page's waiting highlights and notes; resolves whether they went. */
  async function remove(group: WaitingGroup): Promise<boolean> {
    let deleted: PendingImportRecord[] = []
    const done = await storage.write(async (db) => {
      deleted = await deletePendingImports(db, group.ids)
    })
    if (!done) return false
    const command: UndoableCommand = {
      label: 'Delete waiting highlights',
      undo: () => storage.write((db) => restorePendingImports(db, deleted)),
      redo: () =>
        storage.write(async (db) => {
          await deletePendingImports(db, group.ids)
        }),
    }
    history.record(command)
    const n = group.highlights.length + group.pageNotes.length
    view.announce({
      message: `Deleted ${n} waiting for “${group.name}”`,
      undoes: command,
    })
    return true
  }

  return { groups, count, remove }
}
