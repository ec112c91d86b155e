// @vitest-environment node
// Node's environment: its Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { putAnnotations, readArticleNote, writeArticleNote } from './annotations'
import type { GlossDatabase } from './database'
import { readArticleBody, readImage } from './library-bodies'
import { listArticleIds } from './library-queries'
import {
  emptyTrash,
  moveToTrash,
  purgeExpiredTrash,
  restoreFromTrash,
  TRASH_DAYS,
} from './library-trash'
import { addArticle, setArchived } from './library-writes'
import { readReadingPosition, writeReadingPosition } from './reader-state'
import { openTestDatabase, testArticle } from './test-articles'

const DAY = 24 * 60 * 60 * 1000
const NOW = 1_760_000_000_000

function highlight(id: string, articleId: string): Annotation {
  return {
    ...{ id, articleId, color: 'yellow', note: 'a note', tags: [] },
    ...{ createdAt: 1, updatedAt: 1 },
    target: { quote: { exact: 'A', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
  }
}

/** An article with a picture, a highlight, an article note and a reading position. */
async function addWithEverything(db: GlossDatabase, id: string): Promise<void> {
  await addArticle(db, {
    article: testArticle(id, `Article ${id}`),
    images: new Map([['p.png', new Blob(['png'])]]),
    origin: 'file',
    addedAt: NOW - 100 * DAY,
  })
  await putAnnotations(db, [highlight(`h-${id}`, id)])
  await writeArticleNote(db, { articleId: id, note: 'about it', updatedAt: 1 })
  await writeReadingPosition(db, {
    ...{ articleId: id, blockId: 'b1', blockFraction: 0, progress: 0.5, updatedAt: 1 },
  })
}

async function whatRemains(db: GlossDatabase, id: string): Promise<unknown[]> {
  return [
    await db.articles.get(id),
    await readArticleBody(db, id),
    await readImage(db, id, 'p.png'),
    await db.annotations.where('articleId').equals(id).count(),
    await readArticleNote(db, id),
    await readReadingPosition(db, id),
  ]
}

const query = { sort: 'added', readState: 'all', tag: null } as const

describe('the trash', () => {
  it('moves an article there with everything it has, and restores it to its shelf', async () => {
    const db = await openTestDatabase()
    await addWithEverything(db, 'a')
    await setArchived(db, 'a', true)
    await moveToTrash(db, 'a', NOW)
    expect(await listArticleIds(db, { ...query, shelf: 'trash' })).toEqual(['a'])
    expect(await listArticleIds(db, { ...query, shelf: 'archive' })).toEqual([])
    expect((await whatRemains(db, 'a')).every((part) => part !== undefined && part !== 0)).toBe(
      true,
    )

    await restoreFromTrash(db, 'a')
    expect(await listArticleIds(db, { ...query, shelf: 'trash' })).toEqual([])
    expect(await listArticleIds(db, { ...query, shelf: 'archive' })).toEqual(['a'])
  })

  it(`deletes for good, with all it has, only what has been there over ${TRASH_DAYS} days`, async () => {
    const db = await openTestDatabase()
    for (const id of ['old', 'recent', 'kept']) await addWithEverything(db, id)
    await moveToTrash(db, 'old', NOW - TRASH_DAYS * DAY - 1)
    await moveToTrash(db, 'recent', NOW - TRASH_DAYS * DAY + 1)

    expect(await purgeExpiredTrash(db, NOW)).toBe(1)
    expect(await whatRemains(db, 'old')).toEqual([
      undefined,
      undefined,
      undefined,
      0,
      undefined,
      undefined,
    ])
    expect((await whatRemains(db, 'recent'))[0]).toBeDefined()
    expect(await listArticleIds(db, { ...query, shelf: 'reading' })).toEqual(['kept'])
    expect(await db.annotations.count()).toBe(2)
  })

  it('empties the trash of everything in it, and of nothing else', async () => {
    const db = await openTestDatabase()
    for (const id of ['a', 'b', 'kept']) await addWithEverything(db, id)
    await moveToTrash(db, 'a', NOW)
    await moveToTrash(db, 'b', NOW - DAY)

    expect(await emptyTrash(db)).toBe(2)
    expect(await whatRemains(db, 'a')).toEqual([
      undefined,
      undefined,
      undefined,
      0,
      undefined,
      undefined,
    ])
    expect(await whatRemains(db, 'b')).toEqual([
      undefined,
      undefined,
      undefined,
      0,
      undefined,
      undefined,
    ])
    expect((await whatRemains(db, 'kept')).includes(undefined)).toBe(false)
    expect(await db.articleImages.count()).toBe(1)
  })
})
