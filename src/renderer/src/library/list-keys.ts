/**
 * The library list's keys, as a pure mapping from a keydown to what it asks for, and from a
 * move to the row it lands on. Kept apart from the component so the whole key map is read and
 * tested in one place.
 *
 * Delete moves to the Trash everywhere except in the Trash itself, where it does nothing:
 * deleting for good happens only through `Empty trash`, after a confirmation, never from a
 * key pressed once too often. `r` restores there instead.
 */
import type { LibraryShelf } from './library-source'

export type ListMove = 'next' | 'previous' | 'first' | 'last' | 'page-down' | 'page-up'

export type ListKeyAction =
  | { readonly kind: 'move'; readonly move: ListMove }
  | { readonly kind: 'open' | 'trash' | 'restore' | 'toggle-archive' }

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>

const MOVES: Readonly<Record<string, ListMove>> = {
  ArrowDown: 'next',
  j: 'next',
  ArrowUp: 'previous',
  k: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'page-down',
  PageUp: 'page-up',
}

/**
 * What a key pressed on the list asks for; null when the list leaves it alone (a shortcut with
 * Ctrl, Cmd or Alt belongs to the app).
 *
 * @param event - the keydown
 * @param shelf - the shelf the list shows
 */
export function listKeyAction(event: KeyLike, shelf: LibraryShelf): ListKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  const move = MOVES[event.key]
  if (move) return { kind: 'move', move }
  if (event.key === 'Enter') return { kind: 'open' }
  if (shelf === 'trash') return event.key === 'r' ? { kind: 'restore' } : null
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'trash' }
  if (event.key === 'e') return { kind: 'toggle-archive' }
  return null
}

/**
 * The index a move lands on, inside `[0, count)`.
 *
 * @param move - the move
 * @param index - the active index now (-1: none yet)
 * @param count - rows in the list (> 0)
 * @param pageSize - rows in view, for PageUp and PageDown
 */
export function movedIndex(move: ListMove, index: number, count: number, pageSize: number): number {
  const step = Math.max(1, pageSize - 1)
  const target = {
    next: index + 1,
    previous: index - 1,
    first: 0,
    last: count - 1,
    'page-down': index + step,
    'page-up': index - step,
  }[move]
  return Math.min(count - 1, Math.max(0, target))
}
