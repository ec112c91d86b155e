// Two windows on one library (two apps, each with its own stores and connection, on one
// IndexedDB), each case one of the ways they used to lose data with a false "Saved".
import { afterEach, describe, expect, it, vi } from 'vitest'
import { freshIndexedDb } from '@renderer/db/test-databases'
import type { IndexedDbDependencies } from '@renderer/db/database'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { host } from '@renderer/testing/fake-host'
import { startReader } from '@renderer/testing/started-reader'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useAnnotationCommands } from './useAnnotationCommands'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

/** One window: its own app, stores and connection on the shared library. */
async function window(library: IndexedDbDependencies) {
  const { store, db } = await startReader(library)
  return { store, db, commands: useAnnotationCommands(), view: useAnnotationViewStore() }
}

async function twoWindows() {
  const library = freshIndexedDb()
  const a = await window(library)
  const b = await window(library)
  const made = await a.commands.highlight(seedTarget('Tartous'), 'yellow')
  await vi.waitFor(() => expect(b.store.byId.has(made!.id)).toBe(true))
  return { a, b, id: made!.id }
}

describe('two windows on one library', () => {
  it('(a) a note saved on a highlight the other window deleted is a conflict, not "Saved"', async () => {
    const { a, b, id } = await twoWindows()
    const basedOn = b.store.byId.get(id)!.updatedAt
    await a.commands.remove(id)
    expect(await b.commands.saveNote(id, 'Too late', 'b-1', basedOn)).toBe('conflict')
    expect(await b.db.annotations.count()).toBe(0)
    await vi.waitFor(() => expect(b.store.byId.has(id)).toBe(false))
  })

  it('(b) undo and redo of a creation leave the note the other window wrote', async () => {
    const { a, b, id } = await twoWindows()
    expect(await b.commands.saveNote(id, "B's note", 'b-1', b.store.byId.get(id)!.updatedAt)).toBe(
      'saved',
    )
    await a.commands.undo()
    expect((await a.db.annotations.get(id))?.note).toBe("B's note")
    expect(a.view.notice?.message).toMatch(/changed or deleted in another window/)
    await a.commands.redo()
    expect((await a.db.annotations.get(id))?.note).toBe("B's note")
  })

  it('(c) two windows typing in one note: the second is told, and nothing is replaced', async () => {
    const { a, b, id } = await twoWindows()
    const opened = a.store.byId.get(id)!.updatedAt
    expect(await a.commands.saveNote(id, "A's text", 'a-1', opened)).toBe('saved')
    expect(await b.commands.saveNote(id, "B's text", 'b-1', opened)).toBe('conflict')
    expect((await b.db.annotations.get(id))?.note).toBe("A's text")
  })

  it('(d) both add a tag at once: both tags stay', async () => {
    const { a, b, id } = await twoWindows()
    await Promise.all([a.commands.addTags(id, 'ports'), b.commands.addTags(id, 'navy')])
    expect((await a.db.annotations.get(id))?.tags.toSorted()).toEqual(['navy', 'ports'])
    // Undo takes back only this window's tag.
    await b.commands.undo()
    expect((await a.db.annotations.get(id))?.tags).toEqual(['ports'])
  })
})
