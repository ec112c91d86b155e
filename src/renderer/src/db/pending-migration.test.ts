import { describe, expect, it, onTestFinished } from 'vitest'
import { listArticleAnnotations, readArticleNote } from './annotations'
import { openDatabase } from './connection'
import { DATABASE_NAME } from './database'
import { readArticleBody, readArticleRecord } from './library-bodies'
import { newArticleRecord } from './library-rows'
import { findPendingFor, listPendingImports } from './pending-imports'
import { testArticle } from './test-articles'
import { freshIndexedDb, writeVersion3Database } from './test-databases'

describe('upgrading a version 3 database to highlights waiting for their article (version 4)', () => {
  it('keeps the library, its highlights and notes, and starts with nothing waiting', async () => {
    const article = testArticle('a1', 'A stored story', { url: 'https://example.com/story' })
    const row = newArticleRecord({
      ...{ article, origin: 'file', addedAt: 10, contentHash: 'hash' },
    })
    const highlight = {
      ...{ id: 'h1', articleId: 'a1', color: 'yellow', note: 'mine', tags: ['t'] },
      ...{ createdAt: 1, updatedAt: 2 },
      target: {
        quote: { exact: 'A paragraph', prefix: '', suffix: '' },
        position: { start: 16, end: 27 },
      },
    }
    const note = { articleId: 'a1', note: 'On the whole story', updatedAt: 3 }
    const dependencies = freshIndexedDb()
    await writeVersion3Database(dependencies, {
      settings: [{ key: 'highlightColor', value: 'green' }],
      readingPositions: [],
      annotations: [highlight],
      articleNotes: [note],
      articles: [row],
      articleBodies: [{ id: 'a1', article }],
    })

    const connection = await openDatabase(dependencies)
    const db = connection.db!
    onTestFinished(() => db.close())
    expect(connection.writable).toBe(true)
    const stored = (await dependencies.indexedDB.databases()).find((d) => d.name === DATABASE_NAME)
    expect(stored!.version).toBeGreaterThanOrEqual(40)
    expect(await readArticleRecord(db, 'a1')).toEqual(row)
    expect(await readArticleBody(db, 'a1')).toEqual(article)
    expect(await listArticleAnnotations(db, 'a1')).toEqual([highlight])
    expect(await readArticleNote(db, 'a1')).toEqual(note)
    expect(await listPendingImports(db)).toEqual([])

    // The new table and its indexes work on the upgraded database.
    await db.pendingImports.add({
      id: 'w1',
      document: {
        ...{ source: 'https://example.com/later', normalizedUrl: 'example.com/later' },
        ...{ title: 'Later', titleKey: 'later' },
      },
      importedAt: 5,
      item: {
        kind: 'highlight',
        candidate: {
          ...{ id: 'w1', color: 'blue', note: '', tags: [], createdAt: 1, updatedAt: 1 },
          target: { quote: { exact: 'later', prefix: '', suffix: '' }, position: null },
        },
      },
    })
    const found = await findPendingFor(db, { normalizedUrl: 'example.com/later', titleKey: '' })
    expect(found.map((one) => one.id)).toEqual(['w1'])
  })
})
