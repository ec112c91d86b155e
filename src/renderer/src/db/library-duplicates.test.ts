import { describe, expect, it } from 'vitest'
import { moveToTrash } from './library-trash'
import { addArticle } from './library-writes'
import { openTestDatabase, testArticle } from './test-articles'

const at = { images: new Map<string, Blob>(), origin: 'file' as const, addedAt: 1 }

describe('adding an article the library already has', () => {
  it('finds it by its address, however the address was written', async () => {
    const db = await openTestDatabase()
    await addArticle(db, {
      ...at,
      article: testArticle('first', 'Story', { url: 'https://www.example.com/story/' }),
    })
    const again = await addArticle(db, {
      ...at,
      article: testArticle('second', 'Story, reworded', {
        url: 'http://example.com/story?utm_source=newsletter#top',
      }),
    })
    // Its text is not the stored one: the page changed, and an Update can be offered.
    expect(again).toMatchObject({
      ...{ kind: 'duplicate', reason: 'url', textChanged: true },
      existing: { id: 'first' },
    })
    expect(await db.articles.count()).toBe(1)
    expect(await db.articleBodies.count()).toBe(1)
  })

  it('finds it by its text when the address differs or is missing', async () => {
    const db = await openTestDatabase()
    const article = testArticle('first', 'Story', { url: 'https://example.com/a' })
    await addArticle(db, { ...at, article })
    const pasted = { ...article, id: 'second', meta: undefined }
    expect(await addArticle(db, { ...at, article: pasted })).toMatchObject({
      kind: 'duplicate',
      reason: 'text',
      textChanged: false,
      existing: { id: 'first' },
    })
  })

  it('offers no update for the same address with the same text', async () => {
    const db = await openTestDatabase()
    const article = testArticle('first', 'Story', { url: 'https://example.com/a' })
    await addArticle(db, { ...at, article })
    expect(await addArticle(db, { ...at, article: { ...article, id: 'second' } })).toMatchObject({
      ...{ kind: 'duplicate', reason: 'url', textChanged: false },
    })
  })

  it('finds it in the trash too, saying so through the row', async () => {
    const db = await openTestDatabase()
    const article = testArticle('first', 'Story')
    await addArticle(db, { ...at, article })
    await moveToTrash(db, 'first', 99)
    const again = await addArticle(db, { ...at, article: { ...article, id: 'second' } })
    expect(again).toMatchObject({ kind: 'duplicate', existing: { trashedAt: 99 } })
  })

  it('adds articles with other addresses and other texts', async () => {
    const db = await openTestDatabase()
    await addArticle(db, { ...at, article: testArticle('a', 'One', { url: 'https://x.org/1' }) })
    const other = await addArticle(db, {
      ...at,
      article: testArticle('b', 'Two', { url: 'https://x.org/2' }),
    })
    expect(other.kind).toBe('added')
    expect(await db.articles.count()).toBe(2)
  })
})
