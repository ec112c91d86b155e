import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { newArticleRecord } from '@renderer/db/library-rows'
import { testArticle } from '@renderer/db/test-articles'
import { writeBackupZip } from './backup-zip-write'

const article = newArticleRecord({
  article: testArticle('art-1', 'First story'),
  ...{ origin: 'file', addedAt: 1, contentHash: 'a'.repeat(64) },
})

/** A picture that says it is `size` bytes, without holding them (a Blob's size is read first). */
function pictureOf(size: number) {
  const blob = { size, type: 'image/jpeg', arrayBuffer: () => Promise.reject(new Error('read')) }
  return { articleId: 'art-1', name: 'huge.jpg', blob: blob as unknown as Blob, bytes: size }
}

const data = (pictures: ReturnType<typeof pictureOf>[]) => ({
  ...{ settings: [], readingPositions: [], annotations: [], articleNotes: [] },
  library: { articles: [article], articleBodies: [], articleImages: pictures },
})

describe('writeBackupZip', () => {
  it('refuses a library larger than a backup may hold before reading its pictures', async () => {
    const written = await writeBackupZip(
      data([pictureOf(600 * 1024 * 1024), pictureOf(600 * 1024 * 1024)]),
      new Date(),
    )
    expect(written).toEqual({
      ok: false,
      error: 'Your library is larger than a backup may hold (1024.0 MB), so no backup was saved.',
    })
  })

  it('says how far the pictures are, and writes the manifest with its counts', async () => {
    const seen: (number | null)[] = []
    const picture = (name: string, size: number) => {
      const blob = new Blob([new Uint8Array(size)], { type: 'image/png' })
      return { articleId: 'art-1', name, blob, bytes: size }
    }
    const written = await writeBackupZip(
      data([picture('a.png', 300), picture('b.png', 100)]),
      new Date('2024-05-01T10:00:00Z'),
      (fraction) => seen.push(fraction),
    )
    expect(seen).toEqual([null, 0, 0.75, 1])
    const files = unzipSync(written.ok ? written.value.bytes : new Uint8Array())
    expect(JSON.parse(strFromU8(files['manifest.json']))).toMatchObject({
      createdAt: '2024-05-01T10:00:00.000Z',
      counts: { articles: 1, images: 2, annotations: 0, articleNotes: 0, readingPositions: 0 },
    })
  })
})
