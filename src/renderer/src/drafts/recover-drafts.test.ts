import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { openDatabase, type DatabaseConnection } from '@renderer/db/connection'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { readJournal, writeJournal, type DraftEntry } from './draft-journal'
import { recoverJournal } from './recover-drafts'

const LEFT_AT = 1_000

function row(id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    ...{ id, articleId: 'seed', color: 'yellow', note: 'saved', tags: ['syria'] },
    ...{ createdAt: 1, updatedAt: LEFT_AT - 500, target: seedTarget('Tartous') },
    ...fields,
  }
}

let connection: DatabaseConnection | undefined
afterEach(() => {
  connection?.db?.close()
  localStorage.clear()
})

async function opened(): Promise<DatabaseConnection> {
  connection = await openDatabase(freshIndexedDb())
  const db = connection.db!
  await db.annotations.bulkAdd([
    row('older'),
    row('newer', { updatedAt: LEFT_AT + 1, note: 'saved after the draft' }),
    row('same', { note: 'already there' }),
    row('tagged'),
  ])
  await db.articleNotes.add({ articleId: 'seed', note: 'old', updatedAt: LEFT_AT - 1 })
  return connection
}

const entry = (target: DraftEntry['target'], text: string): DraftEntry => ({
  target,
  text,
  at: LEFT_AT,
})

describe('recovering the drafts left when the page closed', () => {
  it('writes each draft unless the stored text is newer or the same, then clears the journal', async () => {
    const { db, ...rest } = await opened()
    writeJournal(localStorage, [
      entry({ kind: 'note', annotationId: 'older' }, 'typed before quitting'),
      entry({ kind: 'note', annotationId: 'newer' }, 'stale draft'),
      entry({ kind: 'note', annotationId: 'same' }, 'already there'),
      entry({ kind: 'note', annotationId: 'deleted since' }, 'nowhere to go'),
      entry({ kind: 'tags', annotationId: 'tagged' }, 'ports, Syria'),
      entry({ kind: 'articleNote', articleId: 'seed' }, 'the article note, typed'),
      entry({ kind: 'articleNote', articleId: 'other' }, 'a first article note'),
    ])
    await recoverJournal({ db, ...rest }, localStorage)
    const note = async (id: string) => (await db!.annotations.get(id))?.note
    expect(await note('older')).toBe('typed before quitting')
    expect((await db!.annotations.get('older'))?.updatedAt).toBe(LEFT_AT)
    expect(await note('newer')).toBe('saved after the draft')
    expect(await note('same')).toBe('already there')
    expect((await db!.annotations.get('same'))?.updatedAt).toBe(LEFT_AT - 500)
    expect(await db!.annotations.count()).toBe(4)
    expect((await db!.annotations.get('tagged'))?.tags).toEqual(['syria', 'ports'])
    expect(await db!.articleNotes.toArray()).toEqual([
      { articleId: 'other', note: 'a first article note', updatedAt: LEFT_AT },
      { articleId: 'seed', note: 'the article note, typed', updatedAt: LEFT_AT },
    ])
    expect(readJournal(localStorage)).toEqual([])
  })

  it('keeps the journal for a later start when the database cannot be written', async () => {
    const current = await opened()
    const draft = entry({ kind: 'note', annotationId: 'older' }, 'typed')
    writeJournal(localStorage, [draft])
    await recoverJournal({ ...current, writable: false }, localStorage)
    expect(readJournal(localStorage)).toEqual([draft])
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    current.db!.close()
    await recoverJournal(current, localStorage)
    expect(readJournal(localStorage)).toEqual([draft])
    expect(logged).toHaveBeenCalledOnce()
    logged.mockRestore()
  })
})
