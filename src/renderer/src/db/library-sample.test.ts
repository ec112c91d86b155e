import { describe, expect, it } from 'vitest'
import { seedArticle } from '@renderer/testing/seed-article'
import { readArticleBody, readArticleRecord } from './library-bodies'
import { listArticleIds } from './library-queries'
import { ensureSampleArticle, restoreSampleArticle } from './library-sample'
import { emptyTrash, moveToTrash } from './library-trash'
import { addArticle } from './library-writes'
import { openTestDatabase } from './test-articles'

const reading = { shelf: 'reading', sort: 'added', readState: 'all', tag: null } as const

describe('the sample article in the library', () => {
  it('is the first article of a fresh library, its body left to the host', async () => {
    const db = await openTestDatabase()
    const sample = seedArticle()
    expect(await ensureSampleArticle(db, sample)).toBe(true)
    expect(await readArticleRecord(db, sample.id)).toMatchObject({
      origin: 'bundled',
      title: sample.title,
      shelf: 'reading',
    })
    expect(await readArticleBody(db, sample.id)).toBeUndefined()
    // Every later start finds it there and adds nothing.
    expect(await ensureSampleArticle(db, sample)).toBe(false)
    expect(await db.articles.count()).toBe(1)
  })

  it('is recognised when the reader adds the same story again', async () => {
    const db = await openTestDatabase()
    const sample = seedArticle()
    await ensureSampleArticle(db, sample)
    const again = await addArticle(db, {
      article: { ...sample, id: 'pasted' },
      images: new Map(),
      origin: 'paste',
      addedAt: 5,
    })
    expect(again).toMatchObject({ kind: 'duplicate', reason: 'text', existing: { id: sample.id } })
  })

  it('stays deleted once deleted for good, until the reader asks for it back', async () => {
    const db = await openTestDatabase()
    const sample = seedArticle()
    await ensureSampleArticle(db, sample)
    await moveToTrash(db, sample.id, 10)
    await emptyTrash(db)
    expect(await ensureSampleArticle(db, sample)).toBe(false)
    expect(await listArticleIds(db, reading)).toEqual([])

    await restoreSampleArticle(db, sample)
    expect(await listArticleIds(db, reading)).toEqual([sample.id])
  })

  it('comes back out of the trash, keeping what its row had, when asked for', async () => {
    const db = await openTestDatabase()
    const sample = seedArticle()
    await ensureSampleArticle(db, sample)
    await db.articles.update(sample.id, { openedAt: 77 })
    await moveToTrash(db, sample.id, 10)
    await restoreSampleArticle(db, sample)
    expect(await readArticleRecord(db, sample.id)).toMatchObject({
      trashedAt: 0,
      openedAt: 77,
      shelf: 'reading',
    })
  })
})
