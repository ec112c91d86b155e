import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import type { LibraryQuery } from '@renderer/library/library-source'
import { putAnnotations } from './annotations'
import { GlossDatabase, type ArticleRecord } from './database'
import {
  listArticleIds,
  listLibraryTags,
  readFirstLibraryRows,
  readLibraryRows,
} from './library-queries'
import { newArticleRecord, withDerivedFields } from './library-rows'
import { moveToTrash } from './library-trash'
import { setArchived, setArticleTags } from './library-writes'
import { writeReadingPosition } from './reader-state'
import { countRowReads } from './row-reads'
import { openTestDatabase, testArticle } from './test-articles'
import { freshIndexedDb } from './test-databases'

const reading: LibraryQuery = { shelf: 'reading', sort: 'added', readState: 'all', tag: null }

function row(id: string, title: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  const added = newArticleRecord({
    article: testArticle(id, title),
    origin: 'file',
    addedAt: 0,
    contentHash: `hash-${id}`,
  })
  return withDerivedFields({ ...added, ...fields })
}

function highlight(id: string, articleId: string, tags: string[] = []): Annotation {
  return {
    ...{ id, articleId, color: 'yellow', note: '', tags, createdAt: 1, updatedAt: 1 },
    target: { quote: { exact: 'A', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
  }
}

async function position(db: GlossDatabase, articleId: string, progress: number): Promise<void> {
  await writeReadingPosition(db, {
    ...{ articleId, blockId: 'b0', blockFraction: 0, progress, updatedAt: 1 },
  })
}

describe('library lists', () => {
  it('orders by recently added, recently opened and title', async () => {
    const db = await openTestDatabase()
    await db.articles.bulkAdd([
      row('b', 'Banana', { addedAt: 2, openedAt: 30 }),
      row('z', 'Zürich', { addedAt: 3, openedAt: 0 }),
      row('a', 'The Apple', { addedAt: 1, openedAt: 50 }),
      row('e', 'éclair', { addedAt: 4, openedAt: 10 }),
    ])
    expect(await listArticleIds(db, reading)).toEqual(['e', 'z', 'b', 'a'])
    // Never opened comes last.
    expect(await listArticleIds(db, { ...reading, sort: 'opened' })).toEqual(['a', 'b', 'e', 'z'])
    expect(await listArticleIds(db, { ...reading, sort: 'title' })).toEqual(['a', 'b', 'e', 'z'])
  })

  it('keeps each shelf apart: reading list, archive and trash', async () => {
    const db = await openTestDatabase()
    await db.articles.bulkAdd([row('r', 'Read'), row('a', 'Archived'), row('t', 'Trashed')])
    await setArchived(db, 'a', true)
    await moveToTrash(db, 't', 5)
    expect(await listArticleIds(db, reading)).toEqual(['r'])
    expect(await listArticleIds(db, { ...reading, shelf: 'archive' })).toEqual(['a'])
    expect(await listArticleIds(db, { ...reading, shelf: 'trash' })).toEqual(['t'])
  })

  it('filters by read state, following reading positions and openings', async () => {
    const db = await openTestDatabase()
    await db.articles.bulkAdd([
      row('unread', 'U', { addedAt: 1 }),
      row('opened', 'O', { addedAt: 2, openedAt: 9 }),
      row('half', 'H', { addedAt: 3 }),
      row('done', 'D', { addedAt: 4 }),
    ])
    await position(db, 'half', 0.5)
    await position(db, 'done', 0.97)
    // Scrolling back up does not make a finished article unfinished.
    await position(db, 'done', 0.2)
    const state = (readState: LibraryQuery['readState']): Promise<string[]> =>
      listArticleIds(db, { ...reading, readState })
    expect(await state('unread')).toEqual(['unread'])
    expect(await state('in-progress')).toEqual(['half', 'opened'])
    expect(await state('finished')).toEqual(['done'])
    expect(await state('all')).toEqual(['done', 'half', 'opened', 'unread'])
    expect((await readLibraryRows(db, ['done']))[0].progress).toBe(0.97)
  })

  it('filters by a tag on the article or on one of its highlights', async () => {
    const db = await openTestDatabase()
    await db.articles.bulkAdd([
      row('own', 'Own', { addedAt: 1 }),
      row('viaHighlight', 'Via', { addedAt: 2 }),
      row('none', 'None', { addedAt: 3 }),
    ])
    await setArticleTags(db, 'own', ['history', 'long'])
    await putAnnotations(db, [
      highlight('h1', 'viaHighlight', ['history']),
      highlight('h2', 'none'),
    ])
    expect(await listArticleIds(db, { ...reading, tag: 'history' })).toEqual([
      'viaHighlight',
      'own',
    ])
    expect(await listArticleIds(db, { ...reading, tag: 'long' })).toEqual(['own'])
    expect(await listLibraryTags(db)).toEqual(['history', 'long'])
  })

  it('reads the rows asked for, in order, with their highlight counts', async () => {
    const db = await openTestDatabase()
    await db.articles.bulkAdd([row('a', 'A'), row('b', 'B')])
    await putAnnotations(db, [highlight('h1', 'b'), highlight('h2', 'b'), highlight('h3', 'a')])
    const rows = await readLibraryRows(db, ['b', 'missing', 'a'])
    expect(rows.map(({ id, highlightCount }) => [id, highlightCount])).toEqual([
      ['b', 2],
      ['a', 1],
    ])
    expect(rows[0]).toMatchObject({ title: 'B', archived: false, trashedAt: 0, tags: [] })
  })

  it('counts the highlights of a page of rows, reading no highlight itself', async () => {
    const db = new GlossDatabase(freshIndexedDb())
    const reads = countRowReads(db)
    await db.open()
    const ids = Array.from({ length: 50 }, (_, i) => `id-${i}`)
    await db.articles.bulkAdd(ids.map((id) => row(id, id)))
    await putAnnotations(
      db,
      ids.flatMap((id, i) => Array.from({ length: i % 4 }, (_, n) => highlight(`${id}-h${n}`, id))),
    )
    reads.clear()
    const rows = await readLibraryRows(db, ids)
    expect(rows.map((read) => read.highlightCount)).toEqual(ids.map((_, i) => i % 4))
    expect(reads.get('annotations') ?? 0).toBe(0)
    expect(await readLibraryRows(db, [])).toEqual([])
    db.close()
  })

  it('reads the first page of every order and read state as the whole list begins', async () => {
    const db = await openTestDatabase()
    await db.articles.bulkAdd(
      Array.from({ length: 12 }, (_, i) =>
        row(`id-${i}`, `${String.fromCharCode(90 - i)} title`, {
          addedAt: i % 5,
          openedAt: (i * 7) % 4,
        }),
      ),
    )
    await putAnnotations(db, [highlight('h1', 'id-11'), highlight('h2', 'id-11')])
    await position(db, 'id-3', 0.5)
    for (const sort of ['added', 'opened', 'title'] as const) {
      for (const readState of ['all', 'unread', 'in-progress'] as const) {
        const query = { ...reading, sort, readState }
        const first = await readFirstLibraryRows(db, query, 4)
        const ids = await listArticleIds(db, query)
        expect(first?.map((r) => r.id)).toEqual(ids.slice(0, 4))
      }
    }
    const byTitle = await readFirstLibraryRows(db, { ...reading, sort: 'title' }, 1)
    expect(byTitle).toMatchObject([{ id: 'id-11', title: 'O title', highlightCount: 2 }])
    expect(await readFirstLibraryRows(db, { ...reading, tag: 'x' })).toBeNull()
  })

  it('lists 5,000 articles by keys alone, and reads only the rows in view', async () => {
    const db = new GlossDatabase(freshIndexedDb())
    const reads = countRowReads(db)
    await db.open()
    const library = Array.from({ length: 5000 }, (_, i) =>
      row(`id-${String(i).padStart(4, '0')}`, `Title ${i}`, {
        addedAt: i,
        progress: i % 3 ? 0 : 0.5,
      }),
    )
    await db.articles.bulkAdd(library)
    reads.clear()

    const ids = await listArticleIds(db, reading)
    expect(ids).toHaveLength(5000)
    expect(ids[0]).toBe('id-4999')
    const inProgress = await listArticleIds(db, {
      ...reading,
      sort: 'title',
      readState: 'in-progress',
    })
    expect(inProgress).toHaveLength(1667)
    expect(reads.get('articles') ?? 0).toBe(0)

    await readLibraryRows(db, ids.slice(0, 30))
    expect(reads.get('articles')).toBe(30)
    db.close()
  })
})
