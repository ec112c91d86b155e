import { describe, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { putAnnotations } from '@renderer/db/annotations'
import { readAllData, replaceAllData } from '@renderer/db/backup'
import type { GlossDatabase } from '@renderer/db/database'
import { addArticle } from '@renderer/db/library-writes'
import { moveToTrash } from '@renderer/db/library-trash'
import { searchLibrary } from '@renderer/db/search-reads'
import { openSnapshotStore, type SnapshotStore } from '@renderer/db/search-snapshots'
import { openTestDatabase, testArticle } from '@renderer/db/test-articles'
import { freshIndexedDb } from '@renderer/db/test-databases'
import type { IndexSnapshot } from './search-index'
import type { SearchReply } from './search-protocol'
import { createSearchHandler } from './search-worker-handler'

function highlight(
  id: string,
  articleId: string,
  quote: string,
  updatedAt = 1,
  note = '',
): Annotation {
  return {
    id,
    articleId,
    color: 'yellow',
    note,
    tags: [],
    createdAt: 1,
    updatedAt,
    target: { quote: { exact: quote, prefix: '', suffix: '' }, position: { start: 0, end: 5 } },
  }
}

async function seed(db: GlossDatabase): Promise<void> {
  for (const [id, title] of [
    ['a1', 'Letter from Zürich'],
    ['a2', 'Harvest in the valley'],
  ]) {
    await addArticle(db, {
      article: testArticle(id, title),
      images: new Map(),
      origin: 'file',
      addedAt: 1,
    })
  }
}

/** A snapshot store that counts its saves. */
function countingStore(store: SnapshotStore): SnapshotStore & { saves: IndexSnapshot[] } {
  const saves: IndexSnapshot[] = []
  return {
    saves,
    load: () => store.load(),
    save: async (snapshot) => {
      await store.save(snapshot)
      saves.push(snapshot)
    },
  }
}

async function startedWorker(db: GlossDatabase, snapshots: SnapshotStore) {
  const replies: SearchReply[] = []
  const library = searchLibrary(db)
  const bodiesRead: string[] = []
  const handle = createSearchHandler({
    openLibrary: async () => ({
      ...library,
      articleTexts: (ids) => {
        bodiesRead.push(...ids)
        return library.articleTexts(ids)
      },
    }),
    snapshots,
    post: (reply) => replies.push(reply),
    saveDelay: 0,
  })
  await handle({ type: 'start', bundled: null })
  await vi.waitFor(() => expect(replies.at(-1)).toMatchObject({ status: { state: 'ready' } }))
  async function results(id: number, query: string): Promise<string[][] | undefined> {
    await handle({ type: 'search', id, query })
    const reply = replies.find((each) => each.type === 'results' && each.id === id)
    return reply?.type === 'results'
      ? reply.groups.map((group) => [
          group.articleId,
          ...group.highlights.map((hit) => hit.annotationId),
        ])
      : undefined
  }
  return { handle, replies, results, bodiesRead }
}

describe('the search worker’s handler', () => {
  it('builds the index at the first start, answers searches and saves a snapshot', async () => {
    const db = await openTestDatabase()
    await seed(db)
    const snapshots = countingStore(openSnapshotStore(freshIndexedDb()))
    const worker = await startedWorker(db, snapshots)
    expect(worker.replies.at(-1)).toEqual({
      type: 'status',
      status: { state: 'ready', documents: 2, restored: false },
    })
    expect(await worker.results(1, 'zurich')).toEqual([['a1']])
    await vi.waitFor(() => expect(snapshots.saves).toHaveLength(1))
    expect(snapshots.saves[0].documents).toHaveLength(2)
  })

  it('restores the snapshot at the next start without reading any article again', async () => {
    const db = await openTestDatabase()
    await seed(db)
    const snapshots = countingStore(openSnapshotStore(freshIndexedDb()))
    const first = await startedWorker(db, snapshots)
    await vi.waitFor(() => expect(snapshots.saves).toHaveLength(1))
    expect(first.bodiesRead.sort()).toEqual(['a1', 'a2'])

    const second = await startedWorker(db, snapshots)
    expect(second.replies.at(-1)).toEqual({
      type: 'status',
      status: { state: 'ready', documents: 2, restored: true },
    })
    expect(second.bodiesRead).toEqual([])
    expect(await second.results(1, 'harv')).toEqual([['a2']])
  })

  it('follows the library live: new highlights, edits and the trash', async () => {
    const db = await openTestDatabase()
    await seed(db)
    const snapshots = countingStore(openSnapshotStore(freshIndexedDb()))
    const worker = await startedWorker(db, snapshots)
    let id = 1

    await putAnnotations(db, [highlight('h1', 'a2', 'golden wheat fields')])
    await vi.waitFor(async () =>
      expect(await worker.results(id++, 'wheat')).toEqual([['a2', 'h1']]),
    )

    await putAnnotations(db, [highlight('h1', 'a2', 'golden barley fields', 2)])
    await vi.waitFor(async () =>
      expect(await worker.results(id++, 'barley')).toEqual([['a2', 'h1']]),
    )
    expect(await worker.results(id++, 'wheat')).toEqual([])

    await moveToTrash(db, 'a2', Date.now())
    await vi.waitFor(async () => expect(await worker.results(id++, 'barley')).toEqual([]))
    await vi.waitFor(() => expect(snapshots.saves.length).toBeGreaterThan(1))
  })

  /**
   * The library as backed up (a highlight noted an hour ago), then changed: the note rewritten
   * now, and an article added. Restoring that backup brings back a highlight older than the
   * newest one the index holds.
   */
  async function backedUpThenChanged(db: GlossDatabase, snapshots: SnapshotStore) {
    await seed(db)
    const now = Date.now()
    await putAnnotations(db, [highlight('h1', 'a2', 'golden wheat', now - 3_600_000, 'Orchard')])
    const worker = await startedWorker(db, snapshots)
    expect(await worker.results(1, 'orchard')).toEqual([['a2', 'h1']])
    const backup = await readAllData(db, { withLibrary: true })
    await putAnnotations(db, [highlight('h1', 'a2', 'golden wheat', now, 'Lighthouse')])
    await addArticle(db, {
      article: testArticle('a3', 'Notes on the quay'),
      images: new Map(),
      origin: 'file',
      addedAt: 2,
    })
    let id = 2
    await vi.waitFor(async () =>
      expect(await worker.results(id++, 'lighthouse')).toEqual([['a2', 'h1']]),
    )
    await vi.waitFor(async () => expect(await worker.results(id++, 'quay')).toEqual([['a3']]))
    return { worker, backup }
  }

  it('after a restore finds what it brought back, and nothing of what it replaced', async () => {
    const db = await openTestDatabase()
    const snapshots = openSnapshotStore(freshIndexedDb())
    const { worker, backup } = await backedUpThenChanged(db, snapshots)
    await replaceAllData(db, backup)
    let id = 100
    await vi.waitFor(async () =>
      expect(await worker.results(id++, 'orchard')).toEqual([['a2', 'h1']]),
    )
    expect(await worker.results(id++, 'lighthouse')).toEqual([])
    expect(await worker.results(id++, 'quay')).toEqual([])
    expect(await worker.results(id++, 'zurich')).toEqual([['a1']])
  })

  it('rebuilds at the next start an index saved before a restore made while it was closed', async () => {
    const db = await openTestDatabase()
    const snapshots = countingStore(openSnapshotStore(freshIndexedDb()))
    const { backup } = await backedUpThenChanged(db, snapshots)
    await vi.waitFor(async () =>
      expect((await snapshots.load())?.documents.map(([, key]) => key)).toContain('article:a3'),
    )
    await replaceAllData(db, backup)
    const next = await startedWorker(db, snapshots)
    // Built again, not restored: while it builds, the page says results may be incomplete.
    expect(next.replies.at(-1)).toEqual({
      type: 'status',
      status: { state: 'ready', documents: 3, restored: false },
    })
    expect(await next.results(1, 'orchard')).toEqual([['a2', 'h1']])
    expect(await next.results(2, 'quay')).toEqual([])
  })

  it('answers searches while a new index is still being built', async () => {
    const db = await openTestDatabase()
    await seed(db)
    const replies: SearchReply[] = []
    const library = searchLibrary(db)
    let releaseBodies: () => void = () => {}
    const bodiesHeld = new Promise<void>((resolve) => (releaseBodies = resolve))
    const handle = createSearchHandler({
      openLibrary: async () => ({
        ...library,
        articleTexts: async (ids) => {
          await bodiesHeld
          return library.articleTexts(ids)
        },
      }),
      snapshots: openSnapshotStore(freshIndexedDb()),
      post: (reply) => replies.push(reply),
    })
    await handle({ type: 'start', bundled: null })
    await handle({ type: 'search', id: 1, query: 'zurich' })
    expect(replies.at(-1)).toEqual({ type: 'results', id: 1, groups: [] })
    releaseBodies()
    await vi.waitFor(() => expect(replies.at(-1)).toMatchObject({ status: { state: 'ready' } }))
    await handle({ type: 'search', id: 2, query: 'zurich' })
    const answer = replies.at(-1)
    expect(answer?.type === 'results' && answer.groups.map((group) => group.articleId)).toEqual([
      'a1',
    ])
  })

  it('answers only the latest of searches sent together', async () => {
    const db = await openTestDatabase()
    await seed(db)
    const worker = await startedWorker(db, openSnapshotStore(freshIndexedDb()))
    await Promise.all([
      worker.handle({ type: 'search', id: 1, query: 'zu' }),
      worker.handle({ type: 'search', id: 2, query: 'zurich' }),
    ])
    const answered = worker.replies.flatMap((reply) => (reply.type === 'results' ? reply.id : []))
    expect(answered).toEqual([2])
  })

  it('says so when a search comes before the start', async () => {
    const replies: SearchReply[] = []
    const handle = createSearchHandler({
      openLibrary: () => Promise.reject(new Error('unused')),
      snapshots: openSnapshotStore(freshIndexedDb()),
      post: (reply) => replies.push(reply),
    })
    await handle({ type: 'search', id: 1, query: 'x' })
    expect(replies).toEqual([
      { type: 'failed', id: 1, message: 'Search failed: Search was asked before it was started.' },
    ])
  })
})
