import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { openDatabase, type DatabaseConnection } from '@renderer/db/connection'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { DRAFT_JOURNAL_PREFIX, readJournal, writeJournal, type DraftEntry } from './draft-journal'
import { windowLockName } from './pending-drafts'
import { recoverJournal } from './recover-drafts'

const LEFT_AT = 1_000
const KEY = `${DRAFT_JOURNAL_PREFIX}closed-window`

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
    writeJournal(localStorage, KEY, [
      entry(
        { kind: 'note', annotationId: 'older', basedOn: LEFT_AT - 500 },
        'typed before quitting',
      ),
      // Saved since, here or in another window: the draft began on an older version.
      entry({ kind: 'note', annotationId: 'newer', basedOn: LEFT_AT - 500 }, 'stale draft'),
      entry({ kind: 'note', annotationId: 'same', basedOn: LEFT_AT - 500 }, 'already there'),
      entry({ kind: 'note', annotationId: 'deleted since', basedOn: 1 }, 'nowhere to go'),
      entry({ kind: 'tags', annotationId: 'tagged' }, 'ports, Syria'),
      entry(
        { kind: 'articleNote', articleId: 'seed', basedOn: LEFT_AT - 1 },
        'the article note, typed',
      ),
      entry({ kind: 'articleNote', articleId: 'other', basedOn: 0 }, 'a first article note'),
      entry({ kind: 'articleNote', articleId: 'seed', basedOn: 3 }, 'from a version long gone'),
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
    expect(readJournal(localStorage, KEY)).toEqual([])
  })

  it('keeps the journal for a later start when the database cannot be written', async () => {
    const current = await opened()
    const draft = entry({ kind: 'note', annotationId: 'older', basedOn: LEFT_AT - 500 }, 'typed')
    writeJournal(localStorage, KEY, [draft])
    await recoverJournal({ ...current, writable: false }, localStorage)
    expect(readJournal(localStorage, KEY)).toEqual([draft])
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    current.db!.close()
    await recoverJournal(current, localStorage)
    expect(readJournal(localStorage, KEY)).toEqual([draft])
    expect(logged).toHaveBeenCalledOnce()
    logged.mockRestore()
  })

  it('leaves the journal of a window still open to that window', async () => {
    const current = await opened()
    const draft = entry({ kind: 'note', annotationId: 'older', basedOn: LEFT_AT - 500 }, 'typed')
    writeJournal(localStorage, KEY, [draft])
    const query = vi.fn(async () => ({ held: [{ name: windowLockName(KEY) }], pending: [] }))
    vi.stubGlobal('navigator', { ...navigator, locks: { query } })
    await recoverJournal(current, localStorage)
    vi.unstubAllGlobals()
    expect(readJournal(localStorage, KEY)).toEqual([draft])
    expect((await current.db!.annotations.get('older'))?.note).toBe('saved')
  })
})
