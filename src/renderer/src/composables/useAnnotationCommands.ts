/**
 * What the reader does to highlights, as undoable steps: every change goes through the
 * annotation store (and so the database module), and each one that was saved is recorded in
 * the session's history with how to take it back. Views and keys call these, never the store's
 * write actions directly, so everything the reader does can be undone with Ctrl/Cmd+Z. Undo and
 * redo change a highlight only while it is as this window last wrote it: one that another
 * window changed or deleted since is left alone, the step is dropped, and the reader is told.
 */
import type { Annotation, AnnotationTarget, HighlightColor } from '@shared/annotation'
import { addTags } from '@renderer/annotations/tags'
import { useAnnotationStore, type WriteOutcome } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useHistoryStore, type UndoableCommand } from '@renderer/stores/history'

export interface AnnotationCommands {
  /** Highlight a passage (or recolour its highlight); it takes focus. Resolves it, or null. */
  highlight(target: AnnotationTarget, color: HighlightColor): Promise<Annotation | null>
  recolor(id: string, color: HighlightColor): Promise<boolean>
  /**
   * Typing into one editor session (`session`) is one undo step. Saved only if the note is
   * still at `basedOn`, the `updatedAt` the editor's text started from.
   */
  saveNote(id: string, note: string, session: string, basedOn: number): Promise<WriteOutcome>
  /** Add the tags typed (comma-separated) to those stored. */
  addTags(id: string, typed: string): Promise<boolean>
  removeTag(id: string, tag: string): Promise<boolean>
  /**
   * Attach a highlight to another passage (its passage was not found), saved only if it is still
   * at `basedOn`, the `updatedAt` the reader saw; it takes focus, and `Undo` is offered.
   */
  reattach(id: string, target: AnnotationTarget, basedOn: number): Promise<WriteOutcome>
  /** Delete, and announce `Highlight deleted` with an Undo button. */
  remove(id: string): Promise<boolean>
  undo(): Promise<void>
  redo(): Promise<void>
}

export function useAnnotationCommands(): AnnotationCommands {
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const history = useHistoryStore()

  /**
   * An undo or redo step's outcome for the history: a conflict makes the step obsolete, and
   * the reader is told why nothing happened.
   */
  function stepResult(outcome: WriteOutcome): boolean | 'obsolete' {
    if (outcome !== 'conflict') return outcome === 'saved'
    view.announce({
      message: 'Not undone or redone: the highlight was changed or deleted in another window',
      undoes: null,
    })
    return 'obsolete'
  }

  /** As this window last wrote it: undo and redo change nothing another window did since. */
  const unchanged = (id: string): number => store.versionWritten(id) ?? Number.NaN

  /** A change of one field, recorded once it is saved. */
  async function change<K extends 'color' | 'note'>(
    id: string,
    field: K,
    value: Annotation[K],
    apply: (id: string, value: Annotation[K], expected?: number) => Promise<WriteOutcome>,
    command: { label: string; mergeKey?: string; expected?: number },
  ): Promise<WriteOutcome> {
    const before = store.byId.get(id)?.[field]
    if (before === undefined) return 'conflict'
    const outcome = await apply(id, value, command.expected)
    if (outcome !== 'saved') return outcome
    history.record({
      label: command.label,
      mergeKey: command.mergeKey,
      subject: id,
      undo: async () => stepResult(await apply(id, before, unchanged(id))),
      redo: async () => stepResult(await apply(id, value, unchanged(id))),
    })
    return outcome
  }

  /** Tag changes, recorded with their inverse: only the tags this step really added or took. */
  async function changeTags(id: string, add: string, remove: readonly string[]): Promise<boolean> {
    const before = store.byId.get(id)?.tags
    if (!before || (await store.changeTags(id, { add, remove })) !== 'saved') return false
    // From what this window asked and saw, never from the row after the write: a tag the other
    // window added meanwhile is not this step's to take back.
    const added = addTags(before, add).filter((tag) => !before.includes(tag))
    const removed = remove.filter((tag) => before.includes(tag))
    if (added.length === 0 && removed.length === 0) return true
    const inverse = { add: removed.join(','), remove: added }
    history.record({
      label: 'Edit tags',
      subject: id,
      undo: async () => stepResult(await store.changeTags(id, inverse)),
      redo: async () =>
        stepResult(await store.changeTags(id, { add: added.join(','), remove: removed })),
    })
    return true
  }

  async function highlight(
    target: AnnotationTarget,
    color: HighlightColor,
  ): Promise<Annotation | null> {
    const outcome = await store.create(target, color)
    if (!outcome) return null
    const { annotation, existing } = outcome
    if (!existing) {
      history.record({
        label: 'Highlight',
        subject: annotation.id,
        undo: async () => stepResult(await store.withdraw(annotation.id)),
        redo: async () => stepResult(await store.restore(annotation)),
      })
    } else if (existing.color !== color) {
      history.record({
        label: 'Change colour',
        subject: existing.id,
        undo: async () =>
          stepResult(await store.recolor(existing.id, existing.color, unchanged(existing.id))),
        redo: async () =>
          stepResult(await store.recolor(existing.id, color, unchanged(existing.id))),
      })
    }
    view.focus(annotation.id)
    return annotation
  }

  async function remove(id: string): Promise<boolean> {
    const deleted = await store.remove(id)
    if (!deleted) return false
    const command: UndoableCommand = {
      label: 'Delete highlight',
      subject: id,
      undo: async () => stepResult(await store.restore(deleted)),
      redo: async () => stepResult(await store.withdraw(id)),
    }
    history.record(command)
    view.announce({ message: 'Highlight deleted', undoes: command })
    return true
  }

  async function reattach(
    id: string,
    target: AnnotationTarget,
    basedOn: number,
  ): Promise<WriteOutcome> {
    const before = store.byId.get(id)?.target
    if (!before) return 'conflict'
    const outcome = await store.reattach(id, target, basedOn)
    if (outcome === 'conflict') {
      view.announce({
        message: 'Not attached: the highlight was changed or deleted in another window',
        undoes: null,
      })
    }
    if (outcome !== 'saved') return outcome
    const command: UndoableCommand = {
      label: 'Attach passage',
      subject: id,
      undo: async () => stepResult(await store.reattach(id, before, unchanged(id))),
      redo: async () => stepResult(await store.reattach(id, target, unchanged(id))),
    }
    history.record(command)
    view.focus(id, { reveal: true, flash: true })
    view.announce({ message: 'Highlight attached to the passage', undoes: command })
    return outcome
  }

  /** Run an undo or redo step and tell the reader what it did. */
  async function step(run: () => Promise<UndoableCommand | null>, verb: string): Promise<void> {
    const command = await run()
    if (!command) return
    view.announce({ message: `${verb}: ${command.label}`, undoes: null })
    if (command.subject && store.byId.has(command.subject)) {
      view.focus(command.subject, { reveal: true })
    }
  }

  return {
    highlight,
    recolor: async (id, color) => {
      void store.rememberColor(color)
      return (
        (await change(id, 'color', color, store.recolor, { label: 'Change colour' })) === 'saved'
      )
    },
    saveNote: (id, note, session, basedOn) =>
      change(id, 'note', note, store.setNote, {
        label: 'Edit note',
        mergeKey: session,
        expected: basedOn,
      }),
    addTags: (id, typed) => changeTags(id, typed, []),
    removeTag: (id, tag) => changeTags(id, '', [tag]),
    reattach,
    remove,
    undo: () => step(history.undo, 'Undone'),
    redo: () => step(history.redo, 'Redone'),
  }
}
