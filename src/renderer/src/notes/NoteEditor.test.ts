import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { openDatabase } from '@renderer/db/connection'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useArticleStore } from '@renderer/stores/article'
import { MAX_NOTE_CHARS } from '@renderer/importing/formats/limits'
import NoteEditor from './NoteEditor.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  host.reset()
})

/** A note editor open on a new highlight of the seed. */
async function editor() {
  const connection = openDatabase(freshIndexedDb())
  let id = ''
  const Editor = defineComponent(() => {
    const store = useAnnotationStore()
    return () => {
      const annotation = store.byId.get(id)
      return annotation ? h(NoteEditor, { annotation }) : null
    }
  })
  mounted = await mountComponent(Editor, { connection })
  await useArticleStore().load()
  const store = useAnnotationStore()
  await vi.waitFor(() => expect(store.loaded).toBe(true))
  id = (await store.create(seedTarget('Tartous'), 'yellow'))!.annotation.id
  const field = await vi.waitFor(() => {
    const found = mounted!.root.querySelector('textarea')
    if (!found) throw new Error('no editor yet')
    return found
  })
  const db = (await connection).db!
  return { field, store, id, db, status: () => mounted!.root.querySelector('[role="status"]') }
}

function type(field: HTMLTextAreaElement, text: string): void {
  field.value = text
  field.dispatchEvent(new Event('input'))
}

describe('NoteEditor', () => {
  it('is a text box named Note, focused, that saves on blur', async () => {
    const { field, store, id, status } = await editor()
    expect(mounted!.root.querySelector('label')?.textContent).toBe('Note')
    expect(document.activeElement).toBe(field)
    type(field, 'A naval **base**')
    field.dispatchEvent(new Event('blur'))
    await vi.waitFor(() => expect(status()?.textContent).toBe('Saved'))
    expect(store.byId.get(id)?.note).toBe('A naval **base**')
  })

  it('keeps the text and says it was not saved when the database fails', async () => {
    const { field, store, id, db, status } = await editor()
    db.close()
    type(field, 'Thoughts worth keeping')
    field.dispatchEvent(new Event('blur'))
    await vi.waitFor(() => expect(status()?.textContent).toMatch(/^Not saved/))
    expect(field.value).toBe('Thoughts worth keeping')
    expect(store.byId.get(id)?.note).toBe('')
  })

  it('says when another window changed the note meanwhile, and saves over it only when asked', async () => {
    const { field, store, id, db, status } = await editor()
    type(field, 'Mine')
    // Another window writes the note while this one is still typing.
    const stored = (await db.annotations.get(id))!
    await db.annotations.put({ ...stored, note: 'Theirs', updatedAt: stored.updatedAt + 1_000 })
    field.dispatchEvent(new Event('blur'))
    await vi.waitFor(() => expect(status()?.textContent).toMatch(/changed in another window/))
    expect(field.value).toBe('Mine')
    expect((await db.annotations.get(id))?.note).toBe('Theirs')

    const keep = [...mounted!.root.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Save mine over it',
    )!
    keep.click()
    await vi.waitFor(() => expect(status()?.textContent).toBe('Saved'))
    expect((await db.annotations.get(id))?.note).toBe('Mine')
    expect(store.byId.get(id)?.note).toBe('Mine')
  })

  it('holds at most the note cap and says so when full', async () => {
    const { field } = await editor()
    expect(field.maxLength).toBe(MAX_NOTE_CHARS)
    expect(mounted!.root.querySelector('.note-full')).toBeNull()
    type(field, 'x'.repeat(MAX_NOTE_CHARS))
    await vi.waitFor(() =>
      expect(mounted!.root.querySelector('.note-full')?.textContent).toMatch(/100,000 .* full/),
    )
  })
})
