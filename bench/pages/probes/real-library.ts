/**
 * A library of real articles in the app's database, written from the lab page (same origin as
 * the app, so the same IndexedDB), for metrics 12 and 13. The pages of
 * `fixtures/readability-pages` go through Gloss's own extraction (reading the file, Readability
 * in the app's worker, DOMPurify, the conversion to blocks), as when the reader adds a file;
 * `library-copies.ts` makes the library's articles of them, stored here as the app stores an
 * added one (its row, its blocks in `articleBodies`, its pictures in `articleImages`).
 */
import { addArticle } from '@renderer/adding/add-article'
import { createReadableClient } from '@renderer/adding/extract/readable-client'
import { readAddedFile } from '@renderer/adding/files/read-added-file'
import { contentHash } from '@renderer/db/content-hash'
import { GlossDatabase } from '@renderer/db/database'
import { closestInLength, libraryCopies, type SourceArticle } from '../library-copies'

const pages: { name: string; html: string }[] = []
const extracted: SourceArticle[] = []

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
          const { article, images } = input
          extracted.push({ article, images, hash: await contentHash(article.text) })
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

/**
 * Store `size` articles made from the extracted pages (`library-copies.ts`), in one transaction.
 *
 * @param size - how many articles the library holds
 * @param targetCharacters - the newest row is the page whose text is closest to this length
 */
export async function seedRealLibrary(
  size: number,
  targetCharacters: number,
): Promise<RealLibrary> {
  const { rows, bodies, images } = libraryCopies(
    extracted,
    size,
    closestInLength(extracted, targetCharacters),
  )
  const db = new GlossDatabase()
  try {
    await db.transaction('rw', [db.articles, db.articleBodies, db.articleImages], async () => {
      await Promise.all([
        db.articles.bulkAdd([...rows]),
        db.articleBodies.bulkAdd([...bodies]),
        db.articleImages.bulkAdd([...images]),
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
