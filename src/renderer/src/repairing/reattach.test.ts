// Re-attaching a highlight whose passage was not found, through the undoable command: the note,
// tags, colour and creation date stay, the new selectors are stored (so the next start anchors
// by position), Ctrl+Z brings the orphan back, and a highlight changed since it was read is
// left alone.
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { anchorTarget, createTextIndex, describeRange } from '@renderer/anchoring'
import { openDatabase } from '@renderer/db/connection'
import { putAnnotations } from '@renderer/db/annotations'
import { updateAnnotation } from '@renderer/db/annotation-edits'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { useAnnotationCommands } from '@renderer/composables/useAnnotationCommands'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useArticleStore } from '@renderer/stores/article'
import { host } from '@renderer/testing/fake-host'
import { createTestApp } from '@renderer/testing/mount'
import { seedArticle } from '@renderer/testing/seed-article'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

/** The live query and the anchoring run in later tasks: slow on a loaded machine. */
const SETTLED = { timeout: 5_000 }

const LOST_QUOTE = 'The motherland is grateful to you all'
const NEW_PLACE = 'The motherland is proud of you'

async function withOrphan() {
  const connection = openDatabase(freshIndexedDb())
  createTestApp({ connection })
  await useArticleStore().load()
  const store = useAnnotationStore()
  await vi.waitFor(() => expect(store.loaded).toBe(true), SETTLED)
  const db = (await connection).db!
  onTestFinished(() => db.close())
  const orphan: Annotation = {
    ...{ id: 'lost', articleId: store.articleId!, color: 'pink', note: 'Said to the troops' },
    ...{ tags: ['speech'], createdAt: 1_000, updatedAt: 2_000 },
    target: {
      quote: { exact: LOST_QUOTE, prefix: 'xx', suffix: 'yy' },
      position: { start: 5, end: 5 + LOST_QUOTE.length },
    },
  }
  await putAnnotations(db, [orphan])
  await vi.waitFor(() => expect(store.orphaned.map((a) => a.id)).toEqual(['lost']), SETTLED)
  const { text } = seedArticle()
  const start = text.indexOf(NEW_PLACE)
  const target = describeRange(createTextIndex(text), { start, end: start + NEW_PLACE.length })!
  const stored = () => db.annotations.get('lost')
  return { db, store, orphan, target, start, stored, commands: useAnnotationCommands() }
}

describe('re-attaching a passage not found', () => {
  it('keeps note, tags, colour and date, stores the new selectors, and is one undo step', async () => {
    const { store, orphan, target, start, stored, commands } = await withOrphan()
    expect(await commands.reattach('lost', target, orphan.updatedAt)).toBe('saved')

    const row = (await stored())!
    expect(row).toMatchObject({ color: 'pink', note: orphan.note, tags: ['speech'] })
    expect(row.createdAt).toBe(1_000)
    expect(row.updatedAt).toBeGreaterThan(orphan.updatedAt)
    expect(row.target).toEqual(target)
    // The next start anchors it by its stored position.
    expect(anchorTarget(createTextIndex(seedArticle().text), row.target)).toMatchObject({
      method: 'position',
      start,
    })
    await vi.waitFor(() => expect(store.orphaned).toEqual([]), SETTLED)
    expect(store.lookup.inOrder.map(({ annotation, start }) => [annotation.id, start])).toEqual([
      ['lost', start],
    ])

    await commands.undo()
    expect((await stored())!.target).toEqual(orphan.target)
    await vi.waitFor(() => expect(store.orphaned.map((a) => a.id)).toEqual(['lost']), SETTLED)
    expect((await stored())!.note).toBe(orphan.note)

    await commands.redo()
    expect((await stored())!.target).toEqual(target)
    await vi.waitFor(() => expect(store.orphaned).toEqual([]), SETTLED)
  })

  it('changes nothing when the highlight changed since it was read', async () => {
    const { db, store, orphan, target, stored, commands } = await withOrphan()
    // Another window edits the note after this one showed the card.
    await updateAnnotation(db, 'lost', { note: 'Edited elsewhere' }, 3_000)
    expect(await commands.reattach('lost', target, orphan.updatedAt)).toBe('conflict')
    expect((await stored())!).toMatchObject({ note: 'Edited elsewhere', target: orphan.target })
    await vi.waitFor(() => expect(store.byId.get('lost')?.note).toBe('Edited elsewhere'), SETTLED)
    expect(store.orphaned.map((a) => a.id)).toEqual(['lost'])
  })
})
