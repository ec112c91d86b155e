// @vitest-environment node
// Node's environment: its Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { describe, expect, it } from 'vitest'
import { readArticleBody, readArticleRecord, readImage } from './library-bodies'
import { readLibraryRows } from './library-queries'
import { addArticle, markOpened, setArchived } from './library-writes'
import { openTestDatabase, testArticle } from './test-articles'

const ADDED_AT = 1_700_000_000_000

describe('adding an article', () => {
  it('stores its row, its blocks and its pictures, each readable on its own', async () => {
    const db = await openTestDatabase()
    const article = testArticle('a1', 'Über Zürich', {
      url: 'https://www.example.com/zurich/',
      siteName: 'Example',
      byline: 'A. Writer',
      lang: 'de',
    })
    const photo = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' })
    const outcome = await addArticle(db, {
      article,
      images: new Map([['photo.png', photo]]),
      origin: 'file',
      addedAt: ADDED_AT,
    })
    expect(outcome.kind).toBe('added')

    expect(await readArticleRecord(db, 'a1')).toMatchObject({
      title: 'Über Zürich',
      sortTitle: 'uber zurich',
      normalizedUrl: 'example.com/zurich',
      siteName: 'Example',
      origin: 'file',
      lang: 'de',
      shelf: 'reading',
      readState: 'unread',
    })
    expect(await readArticleBody(db, 'a1')).toEqual(article)
    const stored = await readImage(db, 'a1', 'photo.png')
    expect(stored?.type).toBe('image/png')
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]))
    expect(await readImage(db, 'a1', 'other.png')).toBeUndefined()
    expect(await readLibraryRows(db, ['a1'])).toEqual([
      expect.objectContaining({ id: 'a1', addedAt: ADDED_AT, openedAt: 0, progress: 0 }),
    ])
  })

  it('writes nothing at all when one part of it fails', async () => {
    const db = await openTestDatabase()
    // A picture stored before under the same key makes the transaction's bulkAdd fail.
    await db.articleImages.add({ articleId: 'a1', name: 'photo.png', blob: new Blob(), bytes: 0 })
    const adding = addArticle(db, {
      article: testArticle('a1', 'Broken'),
      images: new Map([['photo.png', new Blob(['x'])]]),
      origin: 'file',
      addedAt: ADDED_AT,
    })
    await expect(adding).rejects.toThrow()
    expect(await db.articles.count()).toBe(0)
    expect(await db.articleBodies.count()).toBe(0)
  })

  it('archives, un-archives and notes the opening, keeping the list indexes in step', async () => {
    const db = await openTestDatabase()
    await addArticle(db, {
      article: testArticle('a1', 'One'),
      images: new Map(),
      origin: 'paste',
      addedAt: ADDED_AT,
    })
    await setArchived(db, 'a1', true)
    expect(await readArticleRecord(db, 'a1')).toMatchObject({ archived: 1, shelf: 'archive' })
    await setArchived(db, 'a1', false)
    expect(await readArticleRecord(db, 'a1')).toMatchObject({ archived: 0, shelf: 'reading' })
    await markOpened(db, 'a1', ADDED_AT + 5)
    expect(await readArticleRecord(db, 'a1')).toMatchObject({
      openedAt: ADDED_AT + 5,
      readState: 'in-progress',
    })
    // Nothing to change: no row appears for an unknown article.
    await markOpened(db, 'missing', ADDED_AT)
    expect(await db.articles.count()).toBe(1)
  })
})
