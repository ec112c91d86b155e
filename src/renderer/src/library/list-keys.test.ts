import { describe, expect, it } from 'vitest'
import { listKeyAction, movedIndex } from './list-keys'

function key(name: string, modifiers: Partial<KeyboardEvent> = {}) {
  return { key: name, ctrlKey: false, metaKey: false, altKey: false, ...modifiers }
}

describe('listKeyAction', () => {
  it('moves with the arrows and j/k, and jumps with Home, End and the page keys', () => {
    expect(listKeyAction(key('ArrowDown'), 'reading')).toEqual({ kind: 'move', move: 'next' })
    expect(listKeyAction(key('j'), 'reading')).toEqual({ kind: 'move', move: 'next' })
    expect(listKeyAction(key('k'), 'archive')).toEqual({ kind: 'move', move: 'previous' })
    expect(listKeyAction(key('End'), 'trash')).toEqual({ kind: 'move', move: 'last' })
    expect(listKeyAction(key('PageUp'), 'reading')).toEqual({ kind: 'move', move: 'page-up' })
  })

  it('opens with Enter, trashes with Delete, archives with e', () => {
    expect(listKeyAction(key('Enter'), 'reading')).toEqual({ kind: 'open' })
    expect(listKeyAction(key('Delete'), 'archive')).toEqual({ kind: 'trash' })
    // The key marked Delete on a Mac keyboard sends Backspace.
    expect(listKeyAction(key('Backspace'), 'reading')).toEqual({ kind: 'trash' })
    expect(listKeyAction(key('e'), 'archive')).toEqual({ kind: 'toggle-archive' })
  })

  it('in the Trash restores with r and never deletes for good from a key', () => {
    expect(listKeyAction(key('r'), 'trash')).toEqual({ kind: 'restore' })
    expect(listKeyAction(key('Delete'), 'trash')).toBeNull()
    expect(listKeyAction(key('e'), 'trash')).toBeNull()
    expect(listKeyAction(key('r'), 'reading')).toBeNull()
  })

  it('leaves shortcuts with Ctrl, Cmd or Alt to the app', () => {
    expect(listKeyAction(key('e', { ctrlKey: true }), 'reading')).toBeNull()
    expect(listKeyAction(key('ArrowDown', { altKey: true }), 'reading')).toBeNull()
    expect(listKeyAction(key('Delete', { metaKey: true }), 'reading')).toBeNull()
  })
})

describe('movedIndex', () => {
  it('stays inside the list', () => {
    expect(movedIndex('next', 4, 5, 10)).toBe(4)
    expect(movedIndex('previous', 0, 5, 10)).toBe(0)
    expect(movedIndex('last', 0, 5, 10)).toBe(4)
    expect(movedIndex('first', 3, 5, 10)).toBe(0)
  })

  it('starts from the first row when none is active yet', () => {
    expect(movedIndex('next', -1, 5, 10)).toBe(0)
    expect(movedIndex('previous', -1, 5, 10)).toBe(0)
  })

  it('pages by the rows in view, keeping one of them', () => {
    expect(movedIndex('page-down', 0, 100, 10)).toBe(9)
    expect(movedIndex('page-up', 50, 100, 10)).toBe(41)
  })
})
