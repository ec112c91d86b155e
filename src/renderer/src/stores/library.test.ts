// @vitest-environment node
// Node's environment: its Blob survives fake-indexeddb's structured clone (happy-dom's does not),
// and its URL makes blob: URLs.
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import type { DBCore } from 'dexie'
import type { Annotation } from '@shared/annotation'
import { putAnnotations } from '@renderer/db/annotations'
import {
  NEWER_VERSION_PROBLEM,
  openDatabase,
  type DatabaseConnection,
} from '@renderer/db/connection'
import { GlossDatabase } from '@renderer/db/database'
import { moveToTrash } from '@renderer/db/library-trash'
import { addArticle as storeArticle, type NewArticle } from '@renderer/db/library-writes'
import { testArticle } from '@renderer/db/test-articles'
import { freshIndexedDb, writeNewerVersionDatabase } from '@renderer/db/test-databases'
import { host } from '@renderer/testing/fake-host'
import { createTestApp } from '@renderer/testing/mount'
import { seedArticle } from '@renderer/testing/seed-article'
import { useLibrarySource, useLibraryStore } from './library'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

/**
 * Lets a test hold the reads of a whole list's ids (`listArticleIds`) until it releases them.
 * Unheld, the real function is called as it is (an await before it would hide its reads from
 * Dexie's liveQuery, and lists would stop following writes).
 */
const listing = vi.hoisted(() => ({ held: null as Promise<void> | null }))
vi.mock('@renderer/db/library-queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('@renderer/db/library-queries')>()
  return {
    ...real,
    listArticleIds: (...args: Parameters<typeof real.listArticleIds>) =>
      listing.held
        ? listing.held.then(() => real.listArticleIds(...args))
        : real.listArticleIds(...args),
  }
})

/** Hold the reads of whole lists; returns what releases them. */
function holdListing(): () => void {
  let release = (): void => {}
  listing.held = new Promise((resolve) => (release = resolve))
  const releaseAll = (): void => {
    listing.held = null
    release()
  }
  onTestFinished(releaseAll)
  return releaseAll
}

afterEach(() => host.reset())

const DAY = 24 * 60 * 60 * 1000
const sampleId = seedArticle().id

/** A library store on the given database, started; the database closes when the test ends. */
async function startedLibrary(connection: Promise<DatabaseConnection>) {
  onTestFinished(async () => (await connection).db?.close())
  createTestApp({ connection })
  const library = useLibraryStore()
  await vi.waitFor(() => expect(library.loading).toBe(false))
  return { library, db: (await connection).db! }
}

function newArticle(id: string, title: string, images = new Map<string, Blob>()): NewArticle {
  return { article: testArticle(id, title), images, origin: 'file', addedAt: Date.now() }
}

function highlight(id: string, articleId: string): Annotation {
  return {
    ...{ id, articleId, color: 'blue', note: '', tags: [], createdAt: 1, updatedAt: 1 },
    target: { quote: { exact: 'S', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
  }
}

describe('the library store', () => {
  it('opens a fresh library on the sample article, its row loaded when asked for', async () => {
    const { library } = await startedLibrary(openDatabase(freshIndexedDb()))
    const sample = seedArticle()
    expect(library.ids).toEqual([sampleId])
    library.ensureRows(0, 30)
    await vi.waitFor(() => expect(library.rows.get(sampleId)?.title).toBe(sample.title))
    expect(await library.readArticle(sampleId)).toEqual(sample)
    expect(await library.readArticle('unknown')).toBeUndefined()
  })

  it('shows the first rows of a long list before every id of it is read', async () => {
    const db = new GlossDatabase(freshIndexedDb())
    await db.open()
    const added = Array.from({ length: 100 }, (_, i) => ({
      ...newArticle(`a${String(i).padStart(3, '0')}`, `Article ${i}`),
      addedAt: 1_000 + i,
    }))
    for (const article of added) await storeArticle(db, article)
    const release = holdListing()
    const { library } = await startedLibrary(Promise.resolve({ db, writable: true, problem: null }))

    const newest = added.slice(70).map((article) => article.article.id)
    expect(library.ids).toEqual(newest.reverse())
    expect(library.rows.get('a099')?.title).toBe('Article 99')
    // Only the first screen of the list: not yet a count to say, nor a Trash to empty.
    expect(library.complete).toBe(false)
    release()
    await vi.waitFor(() => expect(library.ids).toHaveLength(101))
    expect(library.complete).toBe(true)
    expect(library.ids.slice(0, 30)).toEqual(newest)
  })

  it('follows its own writes: adding, archiving, the trash', async () => {
    const { library } = await startedLibrary(openDatabase(freshIndexedDb()))
    expect(await library.addArticle(newArticle('new', 'New one'))).toEqual({
      kind: 'added',
      id: 'new',
    })
    await vi.waitFor(() => expect(library.ids).toEqual(['new', sampleId]))
    expect(await library.readArticle('new')).toEqual(testArticle('new', 'New one'))

    await library.setArchived('new', true)
    await vi.waitFor(() => expect(library.ids).toEqual([sampleId]))
    await library.moveToTrash(sampleId)
    await vi.waitFor(() => expect(library.ids).toEqual([]))

    library.setQuery({ shelf: 'trash' })
    await vi.waitFor(() => expect(library.ids).toEqual([sampleId]))
    await library.restoreFromTrash(sampleId)
    await vi.waitFor(() => expect(library.ids).toEqual([]))
    library.setQuery({ shelf: 'archive' })
    await vi.waitFor(() => expect(library.ids).toEqual(['new']))
    await library.emptyTrash()
  })

  it('keeps rows in view live: a new highlight raises the count', async () => {
    const { library, db } = await startedLibrary(openDatabase(freshIndexedDb()))
    library.ensureRows(0, 10)
    await vi.waitFor(() => expect(library.rows.get(sampleId)?.highlightCount).toBe(0))
    await putAnnotations(db, [highlight('h1', sampleId), highlight('h2', sampleId)])
    await vi.waitFor(() => expect(library.rows.get(sampleId)?.highlightCount).toBe(2))
  })

  it('reads rows in pages as the view moves down a long list, and keeps them live', async () => {
    const db = new GlossDatabase(freshIndexedDb())
    await db.open()
    for (let i = 0; i < 120; i++) {
      await storeArticle(db, {
        ...newArticle(`a${String(i).padStart(3, '0')}`, `A${i}`),
        addedAt: i,
      })
    }
    const { library } = await startedLibrary(Promise.resolve({ db, writable: true, problem: null }))
    await vi.waitFor(() => expect(library.ids).toHaveLength(121))
    const [first, far] = [library.ids[0]!, library.ids[110]!]
    library.ensureRows(0, 15)
    await vi.waitFor(() => expect(library.rows.get(first)?.title).toBe('A119'))
    library.ensureRows(100, 115)
    await vi.waitFor(() => expect(library.rows.get(far)?.highlightCount).toBe(0))
    // Rows read before stay for scrolling back.
    expect(library.rows.get(first)?.title).toBe('A119')
    await putAnnotations(db, [highlight('h1', far), highlight('h2', far)])
    await vi.waitFor(() => expect(library.rows.get(far)?.highlightCount).toBe(2))
  })

  it('follows what another window writes', async () => {
    const dependencies = freshIndexedDb()
    const { library } = await startedLibrary(openDatabase(dependencies))
    const other = new GlossDatabase(dependencies)
    onTestFinished(() => other.close())
    await storeArticle(other, newArticle('elsewhere', 'From the other window'))
    await vi.waitFor(() => expect(library.ids).toEqual(['elsewhere', sampleId]))
  })

  it('says when an article is already there, with its row', async () => {
    const { library, db } = await startedLibrary(openDatabase(freshIndexedDb()))
    const first = newArticle('first', 'Story')
    await library.addArticle(first)
    await putAnnotations(db, [highlight('h', 'first')])
    const again = await library.addArticle({
      ...first,
      article: { ...first.article, id: 'second' },
    })
    expect(again).toMatchObject({
      kind: 'duplicate',
      reason: 'text',
      existing: { id: 'first', title: 'Story', highlightCount: 1 },
    })
  })

  it('says how much the library uses when the quota refuses an article', async () => {
    const db = new GlossDatabase(freshIndexedDb())
    db.use({
      stack: 'dbcore',
      name: 'quota-full',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) =>
          name === 'articleBodies'
            ? {
                ...down.table(name),
                mutate: (request) =>
                  request.type === 'add'
                    ? Promise.reject(new DOMException('Full', 'QuotaExceededError'))
                    : down.table(name).mutate(request),
              }
            : down.table(name),
      }),
    })
    await db.open()
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 2_500_000_000 }) } })
    onTestFinished(() => {
      vi.unstubAllGlobals()
    })
    const { library } = await startedLibrary(Promise.resolve({ db, writable: true, problem: null }))
    const refused = await library.addArticle(newArticle('big', 'Big'))
    expect(refused).toEqual({
      kind: 'failed',
      message: expect.stringMatching(/^Your library uses 2\.5 GB; .* “Big” was not added/),
    })
    expect(await db.articles.get('big')).toBeUndefined()
  })

  it('adds nothing to a database a newer Gloss wrote, and says why', async () => {
    const dependencies = freshIndexedDb()
    await writeNewerVersionDatabase(dependencies, {})
    const { library } = await startedLibrary(openDatabase(dependencies))
    expect(await library.addArticle(newArticle('new', 'New'))).toEqual({
      kind: 'failed',
      message: `“New” was not added: ${NEWER_VERSION_PROBLEM}`,
    })
  })

  it('makes one blob: URL per stored picture, revoked when the article closes', async () => {
    const { library } = await startedLibrary(openDatabase(freshIndexedDb()))
    const picture = new Blob(['<svg/>'], { type: 'image/svg+xml' })
    await library.addArticle(newArticle('pics', 'Pictures', new Map([['p.svg', picture]])))
    const url = await library.imageUrl('pics', 'p.svg')
    expect(url).toMatch(/^blob:/)
    expect(await library.imageUrl('pics', 'p.svg')).toBe(url)
    expect(await library.imageUrl('pics', 'missing.svg')).toBeUndefined()
    const revoke = vi.spyOn(URL, 'revokeObjectURL')
    onTestFinished(() => revoke.mockRestore())
    library.closeArticle('pics')
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith(url))
  })

  it('deletes for good, at start, what has been in the trash over 30 days', async () => {
    const dependencies = freshIndexedDb()
    const before = await openDatabase(dependencies)
    await storeArticle(before.db!, newArticle('old', 'Old'))
    await storeArticle(before.db!, newArticle('recent', 'Recent'))
    await moveToTrash(before.db!, 'old', Date.now() - 31 * DAY)
    await moveToTrash(before.db!, 'recent', Date.now() - 29 * DAY)
    before.db!.close()

    const { library, db } = await startedLibrary(openDatabase(dependencies))
    library.setQuery({ shelf: 'trash' })
    await vi.waitFor(() => expect(library.ids).toEqual(['recent']))
    expect(await db.articleBodies.get('old')).toBeUndefined()
  })

  it('brings the sample article back when asked, once deleted for good', async () => {
    const { library } = await startedLibrary(openDatabase(freshIndexedDb()))
    await library.moveToTrash(sampleId)
    await library.emptyTrash()
    await vi.waitFor(() => expect(library.ids).toEqual([]))
    await library.restoreSampleArticle()
    await vi.waitFor(() => expect(library.ids).toEqual([sampleId]))
  })

  it('hands the view its LibrarySource with refs, filters and tags', async () => {
    const { library } = await startedLibrary(openDatabase(freshIndexedDb()))
    await library.addArticle(newArticle('tagged', 'Tagged'))
    await library.setArticleTags('tagged', ['history'])
    const source = useLibrarySource()
    await vi.waitFor(() => expect(source.tags.value).toEqual(['history']))
    source.setQuery({ tag: 'history' })
    expect(source.query.value.tag).toBe('history')
    await vi.waitFor(() => expect(source.ids.value).toEqual(['tagged']))
    source.setQuery({ tag: null, readState: 'unread' })
    await vi.waitFor(() => expect(source.ids.value).toEqual(['tagged', sampleId]))
    await library.markOpened('tagged')
    await vi.waitFor(() => expect(source.ids.value).toEqual([sampleId]))
  })
})
