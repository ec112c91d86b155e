// @vitest-environment node
// Node's environment: its Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { describe, expect, it } from 'vitest'
import type { DBCore } from 'dexie'
import { GlossDatabase } from './database'
import { isDiskFull } from './disk-full'
import { formatBytes, libraryFullMessage } from './library-full'
import { addArticle } from './library-writes'
import { testArticle } from './test-articles'
import { freshIndexedDb } from './test-databases'

/** A database whose writes of pictures are refused the way Chromium refuses them for quota. */
async function openFullForPictures(): Promise<GlossDatabase> {
  const db = new GlossDatabase(freshIndexedDb())
  db.use({
    stack: 'dbcore',
    name: 'quota-full-for-pictures',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        if (name !== 'articleImages') return table
        return {
          ...table,
          mutate: () =>
            Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        }
      },
    }),
  })
  await db.open()
  return db
}

describe('a library too full to add an article', () => {
  it('keeps nothing of the refused article', async () => {
    const db = await openFullForPictures()
    const adding = addArticle(db, {
      article: testArticle('big', 'Big'),
      images: new Map([['p.png', new Blob(['x'.repeat(1000)])]]),
      origin: 'file',
      addedAt: 1,
    })
    const failure: unknown = await adding.catch((error: unknown) => error)
    expect(isDiskFull(failure)).toBe(true)
    expect(await db.articles.count()).toBe(0)
    expect(await db.articleBodies.count()).toBe(0)
    db.close()
  })

  it('says how much the library uses and that nothing was kept', async () => {
    const message = await libraryFullMessage('Big', async () => ({ usage: 1_234_000_000 }))
    expect(message).toBe(
      'Your library uses 1.2 GB; the disk or the browser’s quota is full, so “Big” was not ' +
        'added, and nothing of it was kept. Free some space (emptying the trash helps), then add ' +
        'it again.',
    )
    expect(await libraryFullMessage('Big', () => undefined)).toMatch(
      /^The disk or the browser’s quota is full, so “Big” was not added/,
    )
  })

  it('writes sizes the way people read them', () => {
    expect(formatBytes(512)).toBe('512 bytes')
    expect(formatBytes(1_500)).toBe('1.5 KB')
    expect(formatBytes(48_200_000)).toBe('48.2 MB')
  })
})
