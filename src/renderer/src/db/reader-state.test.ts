import { reactive } from 'vue'
import { describe, expect, it } from 'vitest'
import { openDatabase } from './connection'
import { readArticleRecord } from './library-bodies'
import { addArticle } from './library-writes'
import { openTestDatabase, testArticle } from './test-articles'
import { freshIndexedDb } from './test-databases'
import {
  readReadingPosition,
  readSetting,
  writeReadingPosition,
  writeSetting,
} from './reader-state'

const position = {
  articleId: 'seed',
  blockId: 'b7',
  blockFraction: 0.25,
  progress: 0.4,
  updatedAt: 1_700_000_000_000,
}

describe('reader state', () => {
  it('saves a setting given as a Vue proxy and reads it back after reopening', async () => {
    const dependencies = freshIndexedDb()
    const first = await openDatabase(dependencies)
    await writeSetting(first.db!, 'reading', reactive({ theme: 'sepia', fontSize: 21 }))
    first.db?.close()

    const second = await openDatabase(dependencies)
    expect(await readSetting(second.db!, 'reading')).toEqual({ theme: 'sepia', fontSize: 21 })
    second.db?.close()
  })

  it('reads undefined for a setting never saved', async () => {
    const { db } = await openDatabase(freshIndexedDb())
    expect(await readSetting(db!, 'reading')).toBeUndefined()
    db?.close()
  })

  it('keeps one reading position per article, the latest one', async () => {
    const { db } = await openDatabase(freshIndexedDb())
    await writeReadingPosition(db!, position)
    await writeReadingPosition(db!, {
      ...position,
      blockId: 'b9',
      updatedAt: position.updatedAt + 1,
    })
    await writeReadingPosition(db!, { ...position, articleId: 'other', blockId: 'b2' })
    expect((await readReadingPosition(db!, 'seed'))?.blockId).toBe('b9')
    expect((await readReadingPosition(db!, 'other'))?.blockId).toBe('b2')
    expect(await readReadingPosition(db!, 'never-opened')).toBeUndefined()
    db?.close()
  })

  it('ignores a malformed stored position instead of scrolling to nonsense', async () => {
    const { db } = await openDatabase(freshIndexedDb())
    await db!.readingPositions.put({ ...position, blockFraction: 7 })
    expect(await readReadingPosition(db!, 'seed')).toBeUndefined()
    db?.close()
  })

  it('moves the article’s progress in the library with the position, never back', async () => {
    const db = await openTestDatabase()
    await addArticle(db, {
      ...{ article: testArticle('seed', 'Seed'), images: new Map(), origin: 'file', addedAt: 1 },
    })
    await writeReadingPosition(db, { ...position, progress: 0.4 })
    expect(await readArticleRecord(db, 'seed')).toMatchObject({
      progress: 0.4,
      readState: 'in-progress',
    })
    await writeReadingPosition(db, { ...position, progress: 0.96 })
    await writeReadingPosition(db, { ...position, progress: 0.1 })
    expect(await readArticleRecord(db, 'seed')).toMatchObject({
      progress: 0.96,
      readState: 'finished',
    })
    expect((await readReadingPosition(db, 'seed'))?.progress).toBe(0.1)
  })
})
