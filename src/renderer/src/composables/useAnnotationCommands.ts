/**
 * What the reader does to highlights, as undoable steps: every change goes through the
 * annotation store (and so the database module), and each one that was saved is recorded in
 * the session's history with how to take it back. Views and keys call these, never the store's
 * write actions directly, so everything the reader does can be undone with Ctrl/Cmd+Z.
 */
import type { Annotation, AnnotationTarget, HighlightColor } from '@shared/annotation'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useHistoryStore, type UndoableCommand } from '@renderer/stores/history'

export interface AnnotationCommands {
  /** Highlight a passage (or recolour its highlight); it takes focus. Resolves it, or null. */
  highlight(target: AnnotationTarget, color: HighlightColor): Promise<Annotation | null>
  recolor(id: string, color: HighlightColor): Promise<boolean>
  /** Typing into one editor session (`session`) is one undo step. */
  saveNote(id: string, note: string, session: string): Promise<boolean>
  setTags(id: string, tags: readonly string[]): Promise<boolean>
  /** Delete, and announce `Highlight deleted` with an Undo button. */
  remove(id: string): Promise<boolean>
  undo(): Promise<void>
  redo(): Promise<void>
}

export function useAnnotationCommands(): AnnotationCommands {
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const history = useHistoryStore()

  /** A change of one field, recorded once it is saved. */
  async function change<K extends 'color' | 'note' | 'tags'>(
    id: string,
    field: K,
    value: Annotation[K],
    apply: (id: string, value: Annotation[K]) => Promise<boolean>,
    command: { label: string; mergeKey?: string },
  ): Promise<boolean> {
    const before = store.byId.get(id)?.[field]
    if (before === undefined) return false
    if (!(await apply(id, value))) return false
    history.record({
      ...command,
      subject: id,
      undo: () => apply(id, before),
      redo: () => apply(id, value),
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
        undo: async () => (await store.remove(annotation.id)) !== null,
        redo: () => store.restore(annotation),
      })
    } else if (existing.color !== color) {
      history.record({
        label: 'Change colour',
        subject: existing.id,
        undo: () => store.recolor(existing.id, existing.color),
        redo: () => store.recolor(existing.id, color),
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
      undo: () => store.restore(deleted),
      redo: async () => (await store.remove(id)) !== null,
    }
    history.record(command)
    view.announce({ message: 'Highlight deleted', undoes: command })
    return true
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
    recolor: (id, color) => {
      void store.rememberColor(color)
      return change(id, 'color', color, store.recolor, { label: 'Change colour' })
    },
    saveNote: (id, note, session) =>
      change(id, 'note', note, store.setNote, { label: 'Edit note', mergeKey: session }),
    setTags: (id, tags) => change(id, 'tags', tags, store.setTags, { label: 'Edit tags' }),
    remove,
    undo: () => step(history.undo, 'Undone'),
    redo: () => step(history.redo, 'Redone'),
  }
}
