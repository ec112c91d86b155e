import { afterEach, describe, expect, it, vi } from 'vitest'
import { countWords, readingMinutes } from '@shared/article'
import { fail } from '@shared/result'
import { openDatabase } from '@renderer/db/connection'
import { host } from '@renderer/testing/fake-host'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { createTestApp } from '@renderer/testing/mount'
import { seedArticle } from '@renderer/testing/seed-article'
import { useArticleStore } from './article'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

describe('useArticleStore', () => {
  it('loads the article from the host with its word count and reading time', async () => {
    createTestApp()
    const store = useArticleStore()
    expect(store.status).toBe('loading')
    await store.load()
    const seed = seedArticle()
    expect(store.status).toBe('ready')
    expect(store.article?.id).toBe(seed.id)
    expect(store.wordCount).toBe(countWords(seed.text))
    expect(store.minutesToRead).toBe(readingMinutes(countWords(seed.text)))
  })

  it('reports the host’s error when the article cannot be loaded', async () => {
    host.articleResult = fail('io', 'The article "seed" could not be read: ENOENT')
    createTestApp()
    const store = useArticleStore()
    await store.load()
    expect(store.status).toBe('failed')
    expect(store.error).toBe('The article "seed" could not be read: ENOENT')
    expect(store.article).toBeNull()
  })

  it('saves the reading position per article and restores it after a restart', async () => {
    const indexedDb = freshIndexedDb()
    createTestApp({ connection: openDatabase(indexedDb) })
    const first = useArticleStore()
    await first.load()
    expect(await first.loadReadingPosition()).toBeUndefined()
    await first.saveReadingPosition({ blockId: 'b12', blockFraction: 0.3, progress: 0.55 })

    createTestApp({ connection: openDatabase(indexedDb) })
    const second = useArticleStore()
    await second.load()
    expect(await second.loadReadingPosition()).toMatchObject({
      articleId: seedArticle().id,
      blockId: 'b12',
      blockFraction: 0.3,
      progress: 0.55,
    })
  })
})
