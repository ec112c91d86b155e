/**
 * A written import as one undoable step: undo removes the highlights it added (those edited
 * since stay), puts back each article note it changed (unless changed since) and removes
 * what it left waiting under "Not in your library", in one transaction; redo writes the same
 * import again.
 */
import { deleteAnnotationsIfUnchanged } from '@renderer/db/annotation-edits'
import { restoreArticleNoteIfUnchanged } from '@renderer/db/annotations'
import type { GlossDatabase } from '@renderer/db/database'
import type { ImportWrite, ImportWritten } from '@renderer/db/import-annotations'
import type { UndoableCommand } from '@renderer/stores/history'

export interface ImportCommandSteps {
  /** Run a write on the app's database; resolves false when it failed. */
  readonly storageWrite: (work: (db: GlossDatabase) => Promise<void>) => Promise<boolean>
  /** Write an import again; resolves what was written, or null on failure. */
  readonly write: (write: ImportWrite) => Promise<ImportWritten | null>
}

/**
 * @param write - what was asked to be written
 * @param written - what the write added and changed
 * @param steps - the app's writes
 */
export function importCommand(
  write: ImportWrite,
  written: ImportWritten,
  steps: ImportCommandSteps,
): UndoableCommand {
  let last = written
  const imported = (): ImportWrite['annotations'] => {
    const added = new Set(last.added)
    return write.annotations.filter((annotation) => added.has(annotation.id))
  }
  return {
    label: 'Import annotations',
    undo: () =>
      steps.storageWrite((db) =>
        db.transaction('rw', [db.annotations, db.articleNotes, db.pendingImports], async () => {
          await deleteAnnotationsIfUnchanged(db, imported())
          for (const change of last.notes) {
            await restoreArticleNoteIfUnchanged(db, change.after, change.before)
          }
          await db.pendingImports.bulkDelete(last.pending)
        }),
      ),
    redo: async () => {
      const pending = new Set(last.pending)
      const again = await steps.write({
        annotations: imported(),
        notes: write.notes,
        pending: (write.pending ?? []).filter((row) => pending.has(row.id)),
      })
      if (again) last = again
      return again !== null
    },
  }
}
