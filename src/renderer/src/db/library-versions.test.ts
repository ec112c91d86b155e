// @vitest-environment node
// Node's environment: its Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { createTextIndex, describeRange } from '@renderer/anchoring'
import { updateArticleText } from '@renderer/updating/update-article'
import { listArticleAnnotations } from './annotations'
import { openDatabase } from './connection'
import { contentHash } from './content-hash'
import { DATABASE_NAME, SCHEMA_VERSION } from './database'
import { readArticleBody, readImage } from './library-bodies'
import { listVersions, readVersion, readVersionImage } from './library-versions'
import { newArticleRecord } from './library-rows'
import { testArticle } from './test-articles'
import { freshIndexedDb, writeVersion3Database } from './test-databases'

describe('upgrading a version 3 library to versions (version 5)', () => {
  it('keeps every article, body, picture and highlight, and can then keep versions', async () => {
    const article = testArticle('a1', 'Harbour news', { url: 'https://example.com/harbour' })
    const row = newArticleRecord({
      ...{ article, origin: 'file', addedAt: 1000 },
      contentHash: await contentHash(article.text),
    })
    const start = article.text.indexOf('A paragraph')
    const target = describeRange(createTextIndex(article.text), { start, end: start + 11 })!
    const highlight: Annotation = {
      ...{ id: 'h1', articleId: 'a1', color: 'blue', note: '', tags: [] },
      ...{ createdAt: 1, updatedAt: 2, target },
    }
    const photo = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' })
    const dependencies = freshIndexedDb()
    await writeVersion3Database(dependencies, {
      ...{ settings: [{ key: 'highlightColor', value: 'blue' }], readingPositions: [] },
      ...{ annotations: [highlight], articleNotes: [], articles: [row] },
      articleBodies: [{ id: 'a1', article }],
      articleImages: [{ articleId: 'a1', name: 'p.png', blob: photo, bytes: 3 }],
    })

    const connection = await openDatabase(dependencies)
    const db = connection.db!
    onTestFinished(() => db.close())
    expect(connection.writable).toBe(true)
    expect(
      (await dependencies.indexedDB.databases()).find((d) => d.name === DATABASE_NAME),
    ).toMatchObject({ version: SCHEMA_VERSION * 10 })
    expect(await readArticleBody(db, 'a1')).toEqual(article)
    expect((await readImage(db, 'a1', 'p.png'))?.size).toBe(3)
    expect(await listArticleAnnotations(db, 'a1')).toEqual([highlight])
    expect(await listVersions(db, 'a1')).toEqual([])

    const edited = testArticle('new', 'Harbour news today')
    const outcome = await updateArticleText(
      db,
      'a1',
      { article: edited, images: new Map() },
      { now: () => 7000, newId: () => 'v1' },
    )
    expect(outcome).toMatchObject({ kind: 'updated', summary: '1 highlight kept' })
    expect(await listVersions(db, 'a1')).toEqual([{ id: 'v1', replacedAt: 7000 }])
    expect((await readVersion(db, 'v1'))?.highlights).toEqual([highlight])
    expect((await readVersionImage(db, 'v1', 'p.png'))?.size).toBe(3)
  })
})
