import { reactive } from 'vue'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { openDatabase } from './connection'
import { DATABASE_NAME, SCHEMA_VERSION, type GlossDatabase } from './database'
import { readReadingPosition, readSetting } from './reader-state'
import { freshIndexedDb, writeVersion1Database } from './test-databases'
import {
  createAnnotation,
  deleteAnnotations,
  listAllAnnotations,
  listArticleAnnotations,
  listArticleNotes,
  putAnnotations,
  ROWS_PER_READ,
  readArticleNote,
  writeArticleNote,
} from './annotations'

async function openFresh(): Promise<GlossDatabase> {
  const { db } = await openDatabase(freshIndexedDb())
  onTestFinished(() => db!.close())
  return db!
}

let nextId = 0
function annotation(passage: string, fields: Partial<Annotation> = {}): Annotation {
  nextId += 1
  return {
    id: `a${nextId}`,
    articleId: 'seed',
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: 1_700_000_000_000 + nextId,
    updatedAt: 1_700_000_000_000 + nextId,
    target: seedTarget(passage),
    ...fields,
  }
}

describe('annotations database module', () => {
  it('opens a version 1 database under the current version and keeps every row', async () => {
    const dependencies = freshIndexedDb()
    const position = {
      ...{ articleId: 'seed', blockId: 'b9', blockFraction: 0.5, progress: 0.4 },
      updatedAt: 1_700_000_000_000,
    }
    await writeVersion1Database(dependencies, {
      settings: [
        { key: 'reading', value: { theme: 'sepia', fontSize: 21 } },
        { key: 'someFutureKey', value: [1, 2] },
      ],
      readingPositions: [position, { ...position, articleId: 'other', blockId: 'b2' }],
    })

    const connection = await openDatabase(dependencies)
    const db = connection.db!
    onTestFinished(() => db.close())
    expect(connection.writable).toBe(true)
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(await readSetting(db, 'reading')).toEqual({ theme: 'sepia', fontSize: 21 })
    expect(await db.settings.count()).toBe(2)
    expect(await readReadingPosition(db, 'seed')).toEqual(position)
    expect(await db.readingPositions.count()).toBe(2)
    // The new tables exist, empty, and take writes.
    expect(await listArticleAnnotations(db, 'seed')).toEqual([])
    await createAnnotation(db, annotation('Tartous'))
    expect(await listArticleAnnotations(db, 'seed')).toHaveLength(1)
    const databases = await dependencies.indexedDB.databases()
    expect(databases.find((info) => info.name === DATABASE_NAME)?.version).toBe(SCHEMA_VERSION * 10)
  })

  it('lists an article’s annotations by position, and no other article’s', async () => {
    const db = await openFresh()
    const late = annotation('Tartous')
    const early = annotation('The motherland is proud of you')
    const elsewhere = annotation('Hmeymim', { articleId: 'another-article' })
    await putAnnotations(db, [late, elsewhere, early])
    expect(await listArticleAnnotations(db, 'seed')).toEqual([early, late])
    expect(await listArticleAnnotations(db, 'another-article')).toEqual([elsewhere])
    expect((await listAllAnnotations(db)).map((a) => a.id)).toEqual([
      late.id,
      early.id,
      elsewhere.id,
    ])
  })

  it('reads many annotations page by page, each once, in order, however many share a start', async () => {
    const db = await openFresh()
    const at = (start: number, id: string): Annotation => {
      const made = annotation('Tartous', { id })
      return { ...made, target: { ...made.target, position: { start, end: start + 7 } } }
    }
    // More rows at one start than a page holds, straddling two page ends, then a spread.
    const crowd = Array.from({ length: ROWS_PER_READ + 300 }, (_, i) => at(50, `c${1e5 + i}`))
    const before = Array.from({ length: ROWS_PER_READ - 200 }, (_, i) => at(i % 40, `b${1e5 + i}`))
    const after = Array.from({ length: ROWS_PER_READ + 10 }, (_, i) => at(60 + i, `d${1e5 + i}`))
    const all = [...after, ...crowd, ...before]
    await putAnnotations(db, [...all, annotation('Hmeymim', { articleId: 'another-article' })])

    const listed = await listArticleAnnotations(db, 'seed')
    const expected = [...all].sort(
      (a, b) =>
        a.target.position.start - b.target.position.start ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    expect(listed.map((a) => a.id)).toEqual(expected.map((a) => a.id))
  })

  it('skips rows another version stored in a shape this one cannot use', async () => {
    const db = await openFresh()
    const good = annotation('Tartous')
    await putAnnotations(db, [good])
    await db.annotations.put({ ...good, id: 'bad', color: 'teal' } as unknown as Annotation)
    expect(await listArticleAnnotations(db, 'seed')).toEqual([good])
  })

  it('stores a Vue reactive annotation as a plain row with only the model’s fields', async () => {
    const db = await openFresh()
    const given = reactive({ ...annotation('Tartous', { tags: ['ports'] }), section: 'extra' })
    await createAnnotation(db, given)
    const [row] = await listArticleAnnotations(db, 'seed')
    expect(row).not.toHaveProperty('section')
    expect(row.tags).toEqual(['ports'])
  })

  it('never stores the same passage twice: the second highlight recolours the first', async () => {
    const db = await openFresh()
    const first = await createAnnotation(db, annotation('Tartous'))
    const second = await createAnnotation(db, annotation('Tartous', { color: 'green' }))
    expect(second).toMatchObject({ id: first.id, color: 'green' })
    expect(await listArticleAnnotations(db, 'seed')).toEqual([second])
  })

  it('deletes, ignoring ids that do not exist', async () => {
    const db = await openFresh()
    const stored = await createAnnotation(db, annotation('Tartous'))
    await deleteAnnotations(db, [stored.id, 'missing'])
    expect(await listArticleAnnotations(db, 'seed')).toEqual([])
  })

  it('writes many annotations in one transaction: all of them, or none', async () => {
    const db = await openFresh()
    const broken = { ...annotation('Hmeymim'), id: undefined } as unknown as Annotation
    await expect(putAnnotations(db, [annotation('Tartous'), broken])).rejects.toThrow()
    expect(await listAllAnnotations(db)).toEqual([])
  })

  it('keeps one article note per article', async () => {
    const db = await openFresh()
    expect(await readArticleNote(db, 'seed')).toBeUndefined()
    await writeArticleNote(db, reactive({ articleId: 'seed', note: 'First', updatedAt: 1 }))
    await writeArticleNote(db, { articleId: 'seed', note: 'Second', updatedAt: 2 })
    expect(await readArticleNote(db, 'seed')).toEqual({
      articleId: 'seed',
      note: 'Second',
      updatedAt: 2,
    })
    expect(await listArticleNotes(db)).toHaveLength(1)
  })
})
