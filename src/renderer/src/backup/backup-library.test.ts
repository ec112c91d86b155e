// @vitest-environment node
// Node's environment: its Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Article } from '@shared/article'
import { replaceAllData } from '@renderer/db/backup'
import type { GlossDatabase, PendingImportRecord } from '@renderer/db/database'
import { listPendingImports } from '@renderer/db/pending-imports'
import { addArticle, markOpened, setArchived, setArticleTags } from '@renderer/db/library-writes'
import { testArticle } from '@renderer/db/test-articles'
import { host } from '@renderer/testing/fake-host'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { annotation, everything, started, STORED, zipFiles, zipJson } from './backup-test-app'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => {
  host.reset()
  vi.restoreAllMocks()
})

/** A picture's bytes, with the bytes a ZIP's own headers start with inside it. */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x50, 0x4b, 0x07, 0x08, 0x50, 0x4b, 0x01, 0x02, 0,
])

const withFigure = (article: Article): Article => ({
  ...article,
  blocks: article.blocks.map((block, i) =>
    i === 1
      ? { ...block, marks: [{ kind: 'link', start: 0, end: 1, href: 'https://example.org/' }] }
      : block,
  ),
  meta: { siteName: 'Example Times', url: 'https://example.org/first', lang: 'en', dir: 'ltr' },
})

/** Two added articles (one archived and opened, with tags and two pictures), on top of STORED. */
async function addLibrary(db: GlossDatabase): Promise<void> {
  await addArticle(db, {
    article: withFigure(testArticle('art-1', 'First story')),
    images: new Map([
      ['photo.png', new Blob([PNG], { type: 'image/png' })],
      ['../../x y?.jpg', new Blob([new Uint8Array(3000).fill(7)], { type: 'image/jpeg' })],
    ]),
    origin: 'file',
    addedAt: 1_700_000_000_000,
  })
  await addArticle(db, {
    article: testArticle('art-2', 'Second story'),
    images: new Map(),
    origin: 'paste',
    addedAt: 1_700_000_001_000,
  })
  await setArchived(db, 'art-2', true)
  await markOpened(db, 'art-2', 1_700_000_002_000)
  await setArticleTags(db, 'art-1', ['war', 'تاغ'])
  await db.annotations.bulkAdd([annotation('on-1', 'art-1'), annotation('on-2', 'art-2')])
  await db.articleNotes.put({ articleId: 'art-1', note: 'Read again', updatedAt: 9 })
  await db.readingPositions.put({
    ...{ articleId: 'art-2', blockId: 'b1', blockFraction: 0.5, progress: 0.6, updatedAt: 10 },
  })
}

const EMPTY = {
  ...{ settings: [], readingPositions: [], annotations: [], articleNotes: [] },
  library: { articles: [], articleBodies: [], articleImages: [] },
}

describe('a backup of the whole library', () => {
  it('round-trips two articles, their pictures, highlights, notes, settings and positions', async () => {
    const { db, store } = await started()
    await addLibrary(db)
    const before = await everything(db)
    expect(before.articles).toHaveLength(3)
    expect(before.pictures).toHaveLength(2)

    await store.backUp()
    expect(store.error).toBeNull()
    // The pictures are the part a backup reports progress on.
    expect(store.progress).toBe(1)
    const zip = host.saved[0].content as Uint8Array
    const files = zipFiles(zip)
    // Every picture is a file of its own, under names that cannot climb out of images/.
    expect(Object.keys(files).sort()).toEqual([
      'data.json',
      'images/art-1/..%2F..%2Fx%20y%3F.jpg',
      'images/art-1/photo.png',
      'manifest.json',
    ])
    expect([...files['images/art-1/photo.png']]).toEqual([...PNG])
    expect(zipJson(zip, 'manifest.json').counts).toEqual({
      ...{ articles: 3, images: 2, annotations: 5, articleNotes: 3, readingPositions: 3 },
      versions: 0,
    })

    await replaceAllData(db, EMPTY)
    host.willOpen('Gloss backup.zip', zip)
    await store.chooseRestore()
    expect(store.error).toBeNull()
    expect(store.phase).toBe('confirming')
    expect(store.progress).toBe(1)
    await store.confirmRestore()
    expect(store.error).toBeNull()
    expect(await everything(db)).toEqual(before)
    // Restored rows are found by the library's lists, which read the derived indexes.
    expect(
      await db.articles
        .where('[shelf+addedAt]')
        .between(['archive', 0], ['archive', Infinity])
        .primaryKeys(),
    ).toEqual(['art-2'])
    expect(useAnnotationViewStore().notice?.message).toBe(
      'Restored 3 articles, 5 annotations and your settings',
    )
  })

  it('keeps the whole library when the disk fills up while the pictures are written', async () => {
    const { db, store } = await started()
    await addLibrary(db)
    await store.backUp()
    const zip = host.saved[0].content as Uint8Array
    await setArticleTags(db, 'art-2', ['changed since'])
    await db.articleImages.delete(['art-1', 'photo.png'])
    const before = await everything(db)
    host.willOpen('Gloss backup.zip', zip)
    await store.chooseRestore()
    const put = IDBObjectStore.prototype.add
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'articleImages') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      return put.apply(this, args)
    })
    await store.confirmRestore()
    expect(store.error).toBe('Nothing was restored: the disk is full.')
    vi.restoreAllMocks()
    expect(await everything(db)).toEqual(before)
  })

  it('keeps whether the sample article was added as it is, and never backs it up', async () => {
    const { db, store } = await started()
    expect((await db.settings.get('sampleArticleAdded'))?.value).toBe(true)
    await store.backUp()
    const zip = host.saved[0].content as Uint8Array
    expect(JSON.stringify(zipJson(zip, 'data.json').settings)).not.toContain('sample')
    await db.settings.delete('sampleArticleAdded')
    host.willOpen('Gloss backup.zip', zip)
    await store.chooseRestore()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    expect(await db.settings.get('sampleArticleAdded')).toBeUndefined()
  })

  it('marks each restore with a later time (for search, which then indexes again), never backed up', async () => {
    const { db, store } = await started()
    await store.backUp()
    const zip = host.saved[0].content as Uint8Array
    // The clock gone back: the mark still moves on.
    const later = Date.now() + 3_600_000
    await db.settings.put({ key: 'restoredAt', value: later })
    host.willOpen('Gloss backup.zip', zip)
    await store.chooseRestore()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    expect((await db.settings.get('restoredAt'))?.value).toBe(later + 1)
    await store.backUp()
    const again = host.saved[1].content as Uint8Array
    expect(JSON.stringify(zipJson(again, 'data.json').settings)).not.toContain('restored')
  })

  it('names only what a backup held in its notice: no settings, no “your settings”', async () => {
    const { store } = await started()
    const json = JSON.stringify({
      ...{ format: 'gloss-backup', version: 1, exportedAt: '2024-05-01T10:00:00.000Z' },
      ...{ settings: {}, readingPositions: [], annotations: [annotation('a', 'art-1')] },
      articleNotes: [],
    })
    host.willOpen('Gloss backup.json', json)
    await store.chooseRestore()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    expect(useAnnotationViewStore().notice?.message).toBe('Restored 1 annotation')
  })

  it('restores an older JSON backup, which holds no articles, and keeps the library as it is', async () => {
    const { db, store } = await started()
    await addLibrary(db)
    const library = await everything(db)
    const json = JSON.stringify({
      format: 'gloss-backup',
      version: 1,
      exportedAt: '2024-05-01T10:00:00.000Z',
      settings: { highlightColor: 'blue' },
      readingPositions: [],
      annotations: [annotation('old', 'art-1')],
      articleNotes: [],
    })
    host.willOpen('Gloss backup 2024-05-01.json', json)
    await store.chooseRestore()
    expect(store.error).toBeNull()
    expect(store.pending?.backup.data.library).toBeUndefined()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    const after = await everything(db)
    expect(after.annotations.map((row) => row.id)).toEqual(['old'])
    expect(after.articleNotes).toEqual([])
    expect(after.settings).toEqual([{ key: 'highlightColor', value: 'blue' }])
    expect(after.articles).toEqual(library.articles)
    expect(after.articleBodies).toEqual(library.articleBodies)
    expect(after.pictures).toEqual(library.pictures)
    expect(useAnnotationViewStore().notice?.message).toBe('Restored 1 annotation and your settings')
  })

  it('leaves out an article whose blocks no restore could take, with its pictures', async () => {
    const { db, store } = await started({ ...STORED, annotations: [] })
    await addLibrary(db)
    const body = (await db.articleBodies.get('art-1'))!
    await db.articleBodies.put({ ...body, article: { ...body.article, assetBase: 'https://x/' } })
    await store.backUp()
    const zip = host.saved[0].content as Uint8Array
    const data = zipJson(zip, 'data.json')
    expect((data.articles as { id: string }[]).map((row) => row.id).sort()).toEqual([
      'art-2',
      'seed-720a579d1653449e',
    ])
    expect(data.articleImages).toEqual([])
    expect(useAnnotationViewStore().notice?.message).toMatch(
      / except 4 damaged items no backup can restore$/,
    )
  })

  it('round-trips what waits under “Not in your library”; a backup without it keeps it', async () => {
    const { db, store } = await started()
    await addLibrary(db)
    const page = {
      ...{ source: 'https://www.example.com/later/', normalizedUrl: 'example.com/later' },
      ...{ title: 'The Later Story', titleKey: 'later story' },
    }
    const waiting: PendingImportRecord[] = [
      {
        ...{ id: 'w-1', document: page, importedAt: 1_700_000_003_000 },
        item: {
          kind: 'highlight',
          candidate: {
            ...{ id: 'w-1', color: 'pink', note: 'Why', tags: ['t'] },
            ...{ createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 },
            target: { quote: { exact: 'later', prefix: 'a ', suffix: ' b' }, position: null },
          },
        },
      },
      {
        ...{ id: 'page-note:url:example.com/later\nOn it', document: page },
        importedAt: 1_700_000_004_000,
        item: {
          kind: 'page-note',
          pageNote: { note: 'On it', tags: [], createdAt: 1_700_000_000_000, reply: false },
        },
      },
    ]
    await db.pendingImports.bulkAdd(waiting)
    await store.backUp()
    const zip = host.saved[0].content as Uint8Array
    const data = zipJson(zip, 'data.json')
    expect((data.pendingImports as unknown[]).length).toBe(2)

    await replaceAllData(db, EMPTY)
    // A backup's library without the table leaves what waits as it is.
    expect(await listPendingImports(db)).toEqual(waiting)
    await replaceAllData(db, { ...EMPTY, library: { ...EMPTY.library, pendingImports: [] } })
    expect(await listPendingImports(db)).toEqual([])

    host.willOpen('Gloss backup.zip', zip)
    await store.chooseRestore()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    expect(await listPendingImports(db)).toEqual(waiting)
  })
})
