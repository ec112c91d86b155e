// Two windows on one library: two connections to one IndexedDB, as two Electron windows (or
// two browser tabs) have. Every edit looks at the row as stored; none is lost to the other.
import { onTestFinished } from 'vitest'
import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import type { Annotation } from '@shared/annotation'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { openDatabase } from './connection'
import type { GlossDatabase } from './database'
import {
  AnnotationConflict,
  changeAnnotationTags,
  deleteAnnotationIfUnchanged,
  deleteAnnotationsIfUnchanged,
  restoreAnnotation,
  updateAnnotation,
} from './annotation-edits'
import { createAnnotation, deleteAnnotations, listTags } from './annotations'
import { freshIndexedDb } from './test-databases'

async function twoWindows(): Promise<[GlossDatabase, GlossDatabase]> {
  const library = freshIndexedDb()
  const [a, b] = await Promise.all([openDatabase(library), openDatabase(library)])
  onTestFinished(() => {
    a.db!.close()
    b.db!.close()
  })
  return [a.db!, b.db!]
}

const ROW: Annotation = {
  ...{ id: 'a1', articleId: 'seed', color: 'yellow', note: '', tags: [], createdAt: 10 },
  ...{ updatedAt: 10, target: seedTarget('Tartous') },
}

const conflict = (reason: 'gone' | 'changed') => expect.objectContaining({ reason })

describe('edits of a highlight another window may be editing', () => {
  it('changes colour and note, from plain copies of reactive values', async () => {
    const [a] = await twoWindows()
    await createAnnotation(a, ROW)
    const changes = reactive({ note: '*yes*', color: 'blue' as const })
    expect(await updateAnnotation(a, 'a1', changes, 42, 10)).toMatchObject({
      note: '*yes*',
      color: 'blue',
      updatedAt: 42,
    })
  })

  it('refuses a note saved on a highlight another window deleted, instead of "saving" it', async () => {
    const [a, b] = await twoWindows()
    await createAnnotation(a, ROW)
    await deleteAnnotations(a, ['a1'])
    await expect(updateAnnotation(b, 'a1', { note: 'too late' }, 11, 10)).rejects.toEqual(
      conflict('gone'),
    )
    expect(await b.annotations.count()).toBe(0)
  })

  it('refuses to replace a note another window changed since the text was begun', async () => {
    const [a, b] = await twoWindows()
    await createAnnotation(a, ROW)
    await updateAnnotation(a, 'a1', { note: "A's text" }, 20, 10)
    const late = updateAnnotation(b, 'a1', { note: "B's text" }, 21, 10)
    await expect(late).rejects.toBeInstanceOf(AnnotationConflict)
    expect((await b.annotations.get('a1'))?.note).toBe("A's text")
    // Saving over it is a choice: from the version now stored.
    await updateAnnotation(b, 'a1', { note: "B's text" }, 22, 20)
    expect((await a.annotations.get('a1'))?.note).toBe("B's text")
  })

  it('keeps both tags when two windows add one at once', async () => {
    const [a, b] = await twoWindows()
    await createAnnotation(a, ROW)
    await Promise.all([
      changeAnnotationTags(a, 'a1', { add: 'ports' }, 11),
      changeAnnotationTags(b, 'a1', { add: 'navy' }, 11),
    ])
    expect((await a.annotations.get('a1'))?.tags.toSorted()).toEqual(['navy', 'ports'])
    await changeAnnotationTags(b, 'a1', { remove: ['ports'] }, 12)
    expect(await listTags(a)).toEqual(['navy'])
  })

  it('undoing a creation deletes nothing another window wrote on it since', async () => {
    const [a, b] = await twoWindows()
    await createAnnotation(a, ROW)
    await updateAnnotation(b, 'a1', { note: "B's note" }, 20)
    await expect(deleteAnnotationIfUnchanged(a, 'a1', 10)).rejects.toEqual(conflict('changed'))
    expect((await a.annotations.get('a1'))?.note).toBe("B's note")
    // Unchanged since: deleted. Gone already: nothing to do.
    await deleteAnnotationIfUnchanged(a, 'a1', 20)
    await deleteAnnotationIfUnchanged(a, 'a1', 20)
    expect(await a.annotations.count()).toBe(0)
  })

  it('putting a highlight back never overwrites the row another window has under its id', async () => {
    const [a, b] = await twoWindows()
    await createAnnotation(a, ROW)
    await updateAnnotation(b, 'a1', { note: "B's note" }, 20)
    await expect(restoreAnnotation(a, { ...ROW, updatedAt: 30 })).rejects.toEqual(
      conflict('changed'),
    )
    expect((await a.annotations.get('a1'))?.note).toBe("B's note")
    await deleteAnnotations(b, ['a1'])
    await restoreAnnotation(a, { ...ROW, updatedAt: 30 })
    expect((await b.annotations.get('a1'))?.updatedAt).toBe(30)
  })

  it('undoing an import keeps the imported highlights edited since', async () => {
    const [a, b] = await twoWindows()
    const rows = ['a1', 'a2', 'a3'].map((id) => ({ ...ROW, id }))
    await a.annotations.bulkAdd(rows)
    await updateAnnotation(b, 'a2', { note: "B's note" }, 20)
    expect(await deleteAnnotationsIfUnchanged(a, rows)).toBe(1)
    expect((await a.annotations.toArray()).map((row) => row.id)).toEqual(['a2'])
  })
})
