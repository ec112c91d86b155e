/**
 * The reader's keys for highlights. While text is selected in the article: `h` highlights it in
 * the last colour used, `n` highlights it and opens the note editor. On the focused highlight:
 * `1`-`5` recolour it, `Delete` (or Backspace) deletes it, `n` edits its note. `[` and `]` move
 * the focus through the highlights in reading order. `Escape` closes the innermost thing open
 * (the popover, then the selection toolbar, then the focus). Ctrl/Cmd+Z undoes and
 * Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, except in a text field, which keeps its own undo. Plain
 * keys never fire while the reader types in a field (useKeyboardShortcuts). In the desktop app
 * Edit > Undo and Redo (and their keys, which the menu takes) arrive as menu commands and go
 * the same way: to the focused field's own undo, or to Gloss's history.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotation'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import type { ArticleSelection } from './useTextSelection'
import { useAnnotationCommands } from './useAnnotationCommands'
import { isTyping, useKeyboardShortcuts, type KeyboardShortcut } from './useKeyboardShortcuts'
import { useMenuCommands } from './useMenuCommands'

export interface HighlightKeyActions {
  /** The article's text selection now, if any. */
  settledSelection(): ArticleSelection | null
  /** Highlight the selection; with `withNote`, open its note editor too. */
  highlightSelection(color: HighlightColor, withNote: boolean): void
  clearSelection(): void
  /** Move the focus to the next (1) or previous (-1) highlight and show it. */
  step(direction: 1 | -1): void
}

/** @param actions - what the reading view does for the keys */
export function useHighlightKeys(actions: HighlightKeyActions): void {
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const commands = useAnnotationCommands()
  // While a passage is chosen for a highlight whose passage was lost, a selection is that
  // passage (useChoosePassage), not a new highlight.
  const selected = (): boolean =>
    view.choosingPassageFor === null && actions.settledSelection() !== null
  const focused = (): boolean => view.focusedId !== null && !selected()
  const onFocused = (run: (id: string) => void) => () => {
    if (view.focusedId !== null) run(view.focusedId)
  }
  const notTyping = (event: KeyboardEvent): boolean => !isTyping(event.target)

  function escape(): void {
    if (view.popoverOpen) view.closePopover()
    else if (selected()) actions.clearSelection()
    else view.blur()
  }

  const recolourKeys: KeyboardShortcut[] = HIGHLIGHT_COLORS.map((color, i) => ({
    key: String(i + 1),
    enabled: focused,
    run: onFocused((id) => void commands.recolor(id, color)),
  }))
  const remove = onFocused((id) => void commands.remove(id))

  useKeyboardShortcuts([
    { key: 'h', enabled: selected, run: () => actions.highlightSelection(store.lastColor, false) },
    { key: 'n', enabled: selected, run: () => actions.highlightSelection(store.lastColor, true) },
    { key: 'n', enabled: focused, run: onFocused(view.editNote) },
    { key: ']', enabled: () => store.lookup.inOrder.length > 0, run: () => actions.step(1) },
    { key: '[', enabled: () => store.lookup.inOrder.length > 0, run: () => actions.step(-1) },
    ...recolourKeys,
    { key: 'Delete', enabled: focused, run: remove },
    { key: 'Backspace', enabled: focused, run: remove },
    { key: 'Escape', enabled: () => view.popoverOpen || selected() || focused(), run: escape },
    {
      key: 'z',
      mod: true,
      menuCommand: 'undo',
      enabled: notTyping,
      run: () => void commands.undo(),
    },
    {
      key: 'z',
      mod: true,
      shift: true,
      menuCommand: 'redo',
      enabled: notTyping,
      run: () => void commands.redo(),
    },
    { key: 'y', mod: true, enabled: notTyping, run: () => void commands.redo() },
  ])

  /** A field with focus keeps its own undo; anywhere else, the history's. */
  const undoOrRedo = (direction: 'undo' | 'redo') => (): void => {
    if (isTyping(document.activeElement)) document.execCommand(direction)
    else void (direction === 'undo' ? commands.undo() : commands.redo())
  }
  useMenuCommands({ undo: undoOrRedo('undo'), redo: undoOrRedo('redo') })
}
