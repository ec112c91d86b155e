// @vitest-environment node
// Node's environment: its Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { replaceAllData } from '@renderer/db/backup'
import type { GlossDatabase } from '@renderer/db/database'
import { listVersions, readVersion, readVersionImage } from '@renderer/db/library-versions'
import { addArticle } from '@renderer/db/library-writes'
import { testArticle } from '@renderer/db/test-articles'
import { host } from '@renderer/testing/fake-host'
import { updateArticleText } from '@renderer/updating/update-article'
import { annotation, started, zipFiles, zipJson } from './backup-test-app'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => {
  host.reset()
  vi.restoreAllMocks()
})

const URL = 'https://example.org/story'
const OLD_PHOTO = new Uint8Array([1, 2, 3, 4])

/** An article updated once: its first text, with a picture and a highlight, is a version. */
async function updatedArticle(db: GlossDatabase): Promise<string> {
  await addArticle(db, {
    article: testArticle('art-1', 'First story', { url: URL }),
    images: new Map([['photo.png', new Blob([OLD_PHOTO], { type: 'image/png' })]]),
    origin: 'file',
    addedAt: 1_700_000_000_000,
  })
  await db.annotations.put({ ...annotation('on-1', 'art-1') })
  const outcome = await updateArticleText(db, 'art-1', {
    article: testArticle('new', 'First story, revised', { url: URL }),
    images: new Map(),
  })
  if (outcome.kind !== 'updated') throw new Error(`not updated: ${outcome.kind}`)
  return outcome.versionId
}

const EMPTY = {
  ...{ settings: [], readingPositions: [], annotations: [], articleNotes: [] },
  library: { articles: [], articleBodies: [], articleImages: [] },
}

describe('a backup of articles with previous versions', () => {
  it('holds each version with its pictures and highlights, and restores them', async () => {
    const { db, store } = await started()
    const versionId = await updatedArticle(db)
    const version = await readVersion(db, versionId)

    await store.backUp()
    expect(store.error).toBeNull()
    const zip = host.saved[0].content as Uint8Array
    expect(zipJson(zip, 'manifest.json')).toMatchObject({ version: 3, counts: { versions: 1 } })
    expect([...zipFiles(zip)[`versions/${versionId}/photo.png`]]).toEqual([...OLD_PHOTO])
    expect(zipJson(zip, 'data.json').articleVersionImages).toEqual([
      { versionId, name: 'photo.png', type: 'image/png', bytes: 4 },
    ])

    await replaceAllData(db, EMPTY)
    expect(await listVersions(db, 'art-1')).toEqual([])
    host.willOpen('Gloss backup.zip', zip)
    await store.chooseRestore()
    expect(store.error).toBeNull()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    expect(await readVersion(db, versionId)).toEqual(version)
    const photo = await readVersionImage(db, versionId, 'photo.png')
    expect([...new Uint8Array(await photo!.arrayBuffer())]).toEqual([...OLD_PHOTO])
  })

  it('restores a version 2 backup, which has no versions, as a library without them', async () => {
    const { db, store } = await started()
    const versionId = await updatedArticle(db)
    await store.backUp()
    const files = unzipSync(host.saved[0].content as Uint8Array)
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
    const data = JSON.parse(new TextDecoder().decode(files['data.json']))
    delete manifest.counts.versions
    delete data.articleVersions
    delete data.articleVersionImages
    const older = zipSync({
      'manifest.json': strToU8(JSON.stringify({ ...manifest, version: 2 })),
      'data.json': strToU8(JSON.stringify(data)),
    })
    host.willOpen('Gloss backup 2.zip', older)
    await store.chooseRestore()
    expect(store.error).toBeNull()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    expect(await db.articles.get('art-1')).toBeDefined()
    expect(await readVersion(db, versionId)).toBeUndefined()
    expect(await db.articleVersionImages.count()).toBe(0)
  })

  it('refuses a backup whose version belongs to no article in it, and changes nothing', async () => {
    const { db, store } = await started()
    const versionId = await updatedArticle(db)
    await store.backUp()
    const files = unzipSync(host.saved[0].content as Uint8Array)
    const data = JSON.parse(new TextDecoder().decode(files['data.json']))
    data.articleVersions[0].articleId = 'elsewhere'
    data.articleVersions[0].article.id = 'elsewhere'
    data.articleVersions[0].highlights = []
    const damaged = zipSync({ ...files, 'data.json': strToU8(JSON.stringify(data)) })
    host.willOpen('Gloss backup.zip', damaged)
    await store.chooseRestore()
    expect(store.error).toBe(
      'The backup is damaged: articleVersions[0] belongs to no article in the backup.',
    )
    expect(await readVersion(db, versionId)).toBeDefined()
  })
})
