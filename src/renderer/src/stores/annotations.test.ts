import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DatabaseConnection } from '@renderer/db/connection'
import { listArticleAnnotations, readArticleNote } from '@renderer/db/annotations'
import { DISK_FULL_MESSAGE } from '@renderer/db/disk-full'
import { readSetting } from '@renderer/db/reader-state'
import { host } from '@renderer/testing/fake-host'
import { startReader } from '@renderer/testing/started-reader'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { useAnnotationStore } from './annotations'
import { useArticleStore } from './article'
import { useStorageStore } from './storage'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

const PRIDE = 'The motherland is proud of you'

/** A started app on the given IndexedDB (testing/started-reader.ts). */
const started = startReader

async function storedRows(connection: Promise<DatabaseConnection>) {
  const { db } = await connection
  return listArticleAnnotations(db!, useArticleStore().article!.id)
}

/** Where the store has placed an annotation, once anchored. */
async function placed(store: ReturnType<typeof useAnnotationStore>, id: string) {
  await vi.waitFor(() =>
    expect(store.lookup.inOrder.find((p) => p.annotation.id === id)).toBeDefined(),
  )
  return store.lookup.inOrder.find((p) => p.annotation.id === id)!
}

describe('useAnnotationStore', () => {
  it('paints a new highlight before its write completes, then stores it', async () => {
    const { store, connection } = await started()
    const target = seedTarget(PRIDE, 2)
    const creating = store.create(target, 'green')
    // Shown (and placed on the exact passage) before the database has answered.
    expect(store.annotations).toHaveLength(1)
    const shown = await placed(store, store.annotations[0].id)
    expect([shown.start, shown.end]).toEqual([target.position.start, target.position.end])

    const outcome = await creating
    expect(outcome?.existing).toBeNull()
    expect(await storedRows(connection)).toEqual([outcome!.annotation])
    expect(outcome!.annotation).toMatchObject({ color: 'green', note: '', tags: [], target })
  })

  it('does not highlight the same passage twice: it recolours the highlight there', async () => {
    const { store, connection } = await started()
    const first = await store.create(seedTarget(PRIDE, 2), 'yellow')
    const again = await store.create(seedTarget(PRIDE, 2), 'blue')
    expect(again?.existing?.id).toBe(first!.annotation.id)
    const rows = await storedRows(connection)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ id: first!.annotation.id, color: 'blue' })
    // The other occurrence is another passage.
    await store.create(seedTarget(PRIDE, 1), 'blue')
    expect(await storedRows(connection)).toHaveLength(2)
  })

  it('recolours, edits the note and tags, and deletes, each stored', async () => {
    const { store, connection } = await started()
    const { annotation } = (await store.create(seedTarget('Hmeymim air base'), 'yellow'))!
    expect(await store.recolor(annotation.id, 'pink')).toBe('saved')
    expect(await store.setNote(annotation.id, 'Where **Assad** met him')).toBe('saved')
    expect(await store.changeTags(annotation.id, { add: 'syria, bases' })).toBe('saved')
    const [row] = await storedRows(connection)
    expect(row).toMatchObject({ color: 'pink', note: 'Where **Assad** met him' })
    expect(row.tags).toEqual(['syria', 'bases'])
    expect(row.updatedAt).toBeGreaterThan(annotation.updatedAt)
    await vi.waitFor(() => expect(store.tagSuggestions).toEqual(['bases', 'syria']))

    expect(await store.remove(annotation.id)).toMatchObject({ id: annotation.id, color: 'pink' })
    expect(await storedRows(connection)).toEqual([])
    expect(store.annotations).toEqual([])
  })

  it('keeps highlights, notes and the last colour across a restart, in reading order', async () => {
    const first = await started()
    await first.store.create(seedTarget('Tartous'), 'purple')
    const early = await first.store.create(seedTarget(PRIDE, 1), 'green')
    await first.store.setNote(early!.annotation.id, 'The pull quote')
    await first.store.rememberColor('blue')
    await first.store.saveArticleNote('Read with the **CBC** piece')
    first.db.close()

    const second = await started(first.indexedDb)
    await vi.waitFor(() => expect(second.store.lookup.inOrder).toHaveLength(2))
    const inOrder = second.store.lookup.inOrder.map((p) => p.annotation.target.quote.exact)
    expect(inOrder).toEqual([PRIDE, 'Tartous'])
    expect(second.store.lookup.inOrder[0].annotation.note).toBe('The pull quote')
    await vi.waitFor(() => expect(second.store.lastColor).toBe('blue'))
    await vi.waitFor(() => expect(second.store.articleNote).toBe('Read with the **CBC** piece'))
    expect(await readSetting(second.db, 'highlightColor')).toBe('blue')
    expect((await readArticleNote(second.db, first.store.articleId!))?.note).toBe(
      'Read with the **CBC** piece',
    )
  })

  it('lists a highlight whose passage is gone as orphaned, never dropping it', async () => {
    const { store, db } = await started()
    const target = seedTarget(PRIDE, 2)
    const gone = {
      ...target,
      quote: { ...target.quote, exact: 'A sentence the article never had' },
    }
    await db.annotations.add({
      ...{ id: 'gone', articleId: store.articleId!, color: 'yellow', note: 'Still here' },
      ...{ tags: [], createdAt: 1, updatedAt: 1, target: gone },
    })
    await vi.waitFor(() => expect(store.orphaned.map((a) => a.id)).toEqual(['gone']))
    expect(store.lookup.inOrder).toEqual([])
  })

  it('takes a highlight back off the page and says why when the database is closed', async () => {
    const { store, db } = await started()
    db.close()
    expect(await store.create(seedTarget(PRIDE, 2), 'yellow')).toBeNull()
    expect(store.annotations).toEqual([])
    expect(useStorageStore().problem).toMatch(/could not save your changes/)
  })

  it('reports a full disk plainly, keeps the old note, and writes nothing more', async () => {
    const { store, db } = await started()
    const { annotation } = (await store.create(seedTarget(PRIDE, 2), 'yellow'))!
    await store.setNote(annotation.id, 'First thoughts')
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(new Dexie.AbortError('Aborted', quota))

    expect(await store.setNote(annotation.id, 'Second thoughts')).toBe('failed')
    expect(useStorageStore().problem).toBe(DISK_FULL_MESSAGE)
    expect(store.byId.get(annotation.id)?.note).toBe('First thoughts')
    // Nothing more goes to the disk this session: a later write would be lost with the log.
    const writes = vi.spyOn(db, 'transaction')
    writes.mockClear()
    expect(await store.setNote(annotation.id, 'Third thoughts')).toBe('failed')
    expect(writes.mock.calls.filter(([mode]) => mode === 'rw')).toEqual([])
    expect((await db.annotations.get(annotation.id))?.note).toBe('First thoughts')
  })
})
