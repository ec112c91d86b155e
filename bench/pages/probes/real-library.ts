/**
 * A library of real articles in the app's database, written from the lab page (same origin as
 * the app, so the same IndexedDB), for the metrics that then open the app on it (12, 13). The
 * pages of `fixtures/readability-pages` go through Gloss's own extraction (reading the file,
 * Readability in the app's worker, DOMPurify, the conversion to blocks), as when the reader adds
 * a file; then `size` articles are stored from them round-robin, each under a new id, as the
 * app stores an added one (its row through `newArticleRecord`, its blocks in `articleBodies`,
 * its pictures in `articleImages`), in one transaction. Rows vary as a reader's do: added a
 * minute apart, some opened and part read, some finished. The newest row, first in the
 * library's default order, is the page whose text is closest in length to a given one.
 */
import type { Article } from '@shared/article'
import { addArticle } from '@renderer/adding/add-article'
import { createReadableClient } from '@renderer/adding/extract/readable-client'
import { readAddedFile } from '@renderer/adding/files/read-added-file'
import { contentHash } from '@renderer/db/content-hash'
import { GlossDatabase, type ArticleImageRecord, type ArticleRecord } from '@renderer/db/database'
import { newArticleRecord, withDerivedFields } from '@renderer/db/library-rows'
import type { NewArticle } from '@renderer/db/library-writes'

/** The first row's addedAt; each next one is a minute later. */
const FIRST_ADDED = 1_700_000_000_000
const MINUTE = 60_000

const pages: { name: string; html: string }[] = []
const extracted: { input: NewArticle; hash: string }[] = []

/** @param page - one page's file name and markup, sent from Node */
export function loadPage(page: { name: string; html: string }): number {
  pages.push(page)
  return pages.length
}

/**
 * Extract every loaded page as Gloss does when it is added, keeping what would be stored.
 *
 * @returns how many pages gave an article
 */
export async function extractPages(): Promise<number> {
  const findReadable = createReadableClient()
  for (const { name, html } of pages) {
    const bytes = new TextEncoder().encode(html)
    await addArticle(
      name,
      () => readAddedFile({ name, bytes }),
      'file',
      new AbortController().signal,
      {
        findReadable,
        store: async (input) => {
          extracted.push({ input, hash: await contentHash(input.article.text) })
          return { kind: 'added', id: input.article.id }
        },
      },
    )
  }
  return extracted.length
}

/** The article stored as the newest row. */
export interface TargetArticle {
  readonly id: string
  readonly title: string
  readonly characters: number
  readonly blocks: number
}

/** The library `seedRealLibrary` wrote. */
export interface RealLibrary {
  /** Rows in `articles`. */
  readonly stored: number
  /** Bytes of the stored pictures, all copies. */
  readonly pictureBytes: number
  readonly target: TargetArticle
}

/** Row `i`'s reading: most never opened, some part read, some finished. */
function reading(i: number): { openedAt: number; progress: number } {
  if (i % 3 !== 0) return { openedAt: 0, progress: 0 }
  return { openedAt: FIRST_ADDED + (i + 30) * MINUTE, progress: i % 9 === 0 ? 1 : (i % 7) / 7 }
}

/**
 * Store `size` articles made from the extracted pages.
 *
 * @param size - how many articles the library holds
 * @param targetCharacters - the newest row is the page whose text is closest to this length
 */
export async function seedRealLibrary(
  size: number,
  targetCharacters: number,
): Promise<RealLibrary> {
  if (extracted.length === 0) throw new Error('No page was extracted.')
  const distance = (i: number): number =>
    Math.abs(extracted[i].input.article.text.length - targetCharacters)
  const targetSource = extracted.reduce(
    (best, _, i) => (distance(i) < distance(best) ? i : best),
    0,
  )
  const rows: ArticleRecord[] = []
  const bodies: { id: string; article: Article }[] = []
  const images: ArticleImageRecord[] = []
  for (let i = 0; i < size; i++) {
    const { input, hash } = extracted[i === size - 1 ? targetSource : i % extracted.length]
    const article = { ...input.article, id: `bench-${i}` }
    const row = newArticleRecord({
      article,
      origin: 'file',
      addedAt: FIRST_ADDED + i * MINUTE,
      contentHash: hash,
    })
    // The target stays unread, as an article just added is.
    rows.push(i === size - 1 ? row : withDerivedFields({ ...row, ...reading(i) }))
    bodies.push({ id: article.id, article })
    for (const [name, blob] of input.images) {
      images.push({ articleId: article.id, name, blob, bytes: blob.size })
    }
  }
  const db = new GlossDatabase()
  try {
    await db.transaction('rw', [db.articles, db.articleBodies, db.articleImages], async () => {
      await Promise.all([
        db.articles.bulkAdd(rows),
        db.articleBodies.bulkAdd(bodies),
        db.articleImages.bulkAdd(images),
      ])
    })
    const target = bodies[size - 1].article
    return {
      stored: await db.articles.count(),
      pictureBytes: images.reduce((sum, image) => sum + image.bytes, 0),
      target: {
        id: target.id,
        title: target.title,
        characters: target.text.length,
        blocks: target.blocks.length,
      },
    }
  } finally {
    db.close()
  }
}
