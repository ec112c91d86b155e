import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { openDatabase } from '@renderer/db/connection'
import { listArticleAnnotations } from '@renderer/db/annotations'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { host } from '@renderer/testing/fake-host'
import { createTestApp } from '@renderer/testing/mount'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useArticleStore } from '@renderer/stores/article'
import { useHistoryStore } from '@renderer/stores/history'
import { useAnnotationCommands } from './useAnnotationCommands'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

async function started() {
  const connection = openDatabase(freshIndexedDb())
  createTestApp({ connection })
  await useArticleStore().load()
  const store = useAnnotationStore()
  await vi.waitFor(() => expect(store.loaded).toBe(true))
  const db = (await connection).db!
  onTestFinished(() => db.close())
  /** The stored rows, as colour and note, in position order. */
  const rows = async () =>
    (await listArticleAnnotations(db, store.articleId!)).map((a) => `${a.color}:${a.note}`)
  /** The version an editor opened now would start from. */
  const basedOn = (id: string): number => store.byId.get(id)!.updatedAt
  return { store, commands: useAnnotationCommands(), view: useAnnotationViewStore(), rows, basedOn }
}

describe('useAnnotationCommands', () => {
  it('undoes and redoes creating, recolouring, editing and deleting, step by step', async () => {
    const { commands, rows, basedOn } = await started()
    const made = await commands.highlight(seedTarget('Tartous'), 'yellow')
    const id = made!.id
    await commands.recolor(id, 'blue')
    await commands.saveNote(id, 'A naval base', 'session-1', basedOn(id))
    await commands.addTags(id, 'navy')
    await commands.remove(id)
    expect(await rows()).toEqual([])

    await commands.undo()
    expect(await rows()).toEqual(['blue:A naval base'])
    await commands.undo() // tags
    await commands.undo() // note
    expect(await rows()).toEqual(['blue:'])
    await commands.undo() // colour
    expect(await rows()).toEqual(['yellow:'])
    await commands.undo() // the highlight itself
    expect(await rows()).toEqual([])
    await commands.undo() // nothing left: no change
    expect(await rows()).toEqual([])

    await commands.redo()
    await commands.redo()
    expect(await rows()).toEqual(['blue:'])
    await commands.redo()
    expect(await rows()).toEqual(['blue:A naval base'])
  })

  it('forgets what could be redone once the reader does something new', async () => {
    const { commands, rows } = await started()
    const made = await commands.highlight(seedTarget('Tartous'), 'yellow')
    await commands.recolor(made!.id, 'green')
    await commands.undo()
    expect(await rows()).toEqual(['yellow:'])
    await commands.recolor(made!.id, 'pink')
    await commands.redo() // the green step is gone
    expect(await rows()).toEqual(['pink:'])
    expect(useHistoryStore().lastDone?.label).toBe('Change colour')
  })

  it('makes one undo step of one editing session, however often it saved', async () => {
    const { commands, rows, basedOn } = await started()
    const made = await commands.highlight(seedTarget('Tartous'), 'yellow')
    await commands.saveNote(made!.id, 'A nav', 'session-1', basedOn(made!.id))
    await commands.saveNote(made!.id, 'A naval base', 'session-1', basedOn(made!.id))
    await commands.saveNote(made!.id, 'A naval base, kept', 'session-2', basedOn(made!.id))
    await commands.undo()
    expect(await rows()).toEqual(['yellow:A naval base'])
    await commands.undo()
    expect(await rows()).toEqual(['yellow:'])
  })

  it('announces a deletion with an Undo that brings the highlight back and focuses it', async () => {
    const { commands, view, store, rows } = await started()
    const made = await commands.highlight(seedTarget('Tartous'), 'purple')
    expect(view.focusedId).toBe(made!.id)
    await commands.remove(made!.id)
    expect(view.focusedId).toBeNull()
    expect(view.notice?.message).toBe('Highlight deleted')
    expect(view.notice?.undoes).toBe(useHistoryStore().lastDone)

    await commands.undo()
    expect(await rows()).toEqual(['purple:'])
    expect(store.byId.get(made!.id)?.color).toBe('purple')
    expect(view.focusedId).toBe(made!.id)
    expect(view.reveal).toEqual({ id: made!.id, flash: false })
    expect(view.notice?.message).toBe('Undone: Delete highlight')
  })

  it('records nothing for a passage highlighted again in the same colour', async () => {
    const { commands, rows } = await started()
    await commands.highlight(seedTarget('Tartous'), 'green')
    await commands.highlight(seedTarget('Tartous'), 'green')
    await commands.highlight(seedTarget('Tartous'), 'blue')
    expect(await rows()).toEqual(['blue:'])
    await commands.undo()
    expect(await rows()).toEqual(['green:'])
    await commands.undo()
    expect(await rows()).toEqual([])
  })
})
