import { describe, expect, it, onTestFinished } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { anchorTargets, createTextIndex, isAnchored } from '@renderer/anchoring'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { seedArticle } from '@renderer/testing/seed-article'
import { listArticleAnnotations, readArticleNote } from './annotations'
import { openDatabase } from './connection'
import { DATABASE_NAME, SCHEMA_VERSION } from './database'
import { listArticleIds, readLibraryRows } from './library-queries'
import { ensureSampleArticle } from './library-sample'
import { readReadingPosition, readSetting } from './reader-state'
import { freshIndexedDb, writeVersion2Database } from './test-databases'

const PULL_QUOTE = 'The motherland is proud of you'

function onPullQuote(id: string, occurrence: number): Annotation {
  return {
    ...{ id, articleId: seedArticle().id, color: occurrence === 1 ? 'yellow' : 'green' },
    ...{ note: `occurrence ${occurrence}`, tags: ['quote'], createdAt: 1, updatedAt: 2 },
    target: seedTarget(PULL_QUOTE, occurrence),
  }
}

describe('upgrading a version 2 database to the library (version 3)', () => {
  it('keeps every highlight, note, position and setting, anchored where they were', async () => {
    const sample = seedArticle()
    const highlights = [onPullQuote('first', 1), onPullQuote('second', 2)]
    const position = {
      ...{ articleId: sample.id, blockId: 'b9', blockFraction: 0.5, progress: 0.4 },
      updatedAt: 3,
    }
    const note = { articleId: sample.id, note: 'The whole **article**', updatedAt: 4 }
    const dependencies = freshIndexedDb()
    await writeVersion2Database(dependencies, {
      settings: [
        { key: 'reading', value: { theme: 'sepia', fontSize: 21 } },
        { key: 'highlightColor', value: 'green' },
      ],
      readingPositions: [position],
      annotations: highlights,
      articleNotes: [note],
    })

    const connection = await openDatabase(dependencies)
    const db = connection.db!
    onTestFinished(() => db.close())
    expect(connection.writable).toBe(true)
    expect(
      (await dependencies.indexedDB.databases()).find((d) => d.name === DATABASE_NAME),
    ).toMatchObject({ version: SCHEMA_VERSION * 10 })
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(3)

    const stored = await listArticleAnnotations(db, sample.id)
    expect(stored).toEqual(highlights)
    expect(await readArticleNote(db, sample.id)).toEqual(note)
    expect(await readReadingPosition(db, sample.id)).toEqual(position)
    expect(await readSetting(db, 'reading')).toEqual({ theme: 'sepia', fontSize: 21 })
    expect(await readSetting(db, 'highlightColor')).toBe('green')

    const anchored = await anchorTargets(
      createTextIndex(sample.text),
      stored.map((annotation) => annotation.target),
    )
    const first = sample.text.indexOf(PULL_QUOTE)
    const second = sample.text.indexOf(PULL_QUOTE, first + 1)
    expect(second).toBeGreaterThan(first)
    expect(anchored.map((result) => (isAnchored(result) ? result.start : -1))).toEqual([
      first,
      second,
    ])

    // On the first start after the upgrade the sample joins the library with its highlights.
    await ensureSampleArticle(db, sample)
    const ids = await listArticleIds(db, {
      ...{ shelf: 'reading', sort: 'added', readState: 'all', tag: 'quote' },
    })
    expect(ids).toEqual([sample.id])
    // It keeps how far the reader had got in it.
    expect(await readLibraryRows(db, ids)).toMatchObject([{ highlightCount: 2, progress: 0.4 }])
  })
})
