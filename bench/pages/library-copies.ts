/**
 * A library of `size` articles made from a few extracted ones: what `probes/real-library.ts`
 * stores. Each article is a copy of one source, round-robin, under its own id (`bench-<i>`),
 * with the row the app would store for it (`newArticleRecord`), its blocks and its pictures.
 * Rows vary as a reader's do: added a minute apart, a third of them opened (some part read,
 * some finished). The newest row, first in the library's default order, is the source whose
 * text is closest in length to a given one, unread as an article just added is.
 */
import type { Article } from '@shared/article'
import type { ArticleBodyRecord, ArticleImageRecord, ArticleRecord } from '@renderer/db/database'
import { newArticleRecord, withDerivedFields } from '@renderer/db/library-rows'

/** When the first row was added; each next one is a minute later. */
export const FIRST_ADDED = 1_700_000_000_000
const MINUTE = 60_000

/** An extracted article, as the app would store it. */
export interface SourceArticle {
  readonly article: Article
  /** Its pictures by the names its blocks use. */
  readonly images: ReadonlyMap<string, Blob>
  /** Its content hash (`db/content-hash.ts`). */
  readonly hash: string
}

export interface LibraryCopies {
  /** Oldest first; the last is the newest. */
  readonly rows: readonly ArticleRecord[]
  readonly bodies: readonly ArticleBodyRecord[]
  readonly images: readonly ArticleImageRecord[]
}

/** Row `i`'s reading: two in three never opened; of the rest, some part read, some finished. */
function reading(i: number): { openedAt: number; progress: number } {
  if (i % 3 !== 0) return { openedAt: 0, progress: 0 }
  return { openedAt: FIRST_ADDED + (i + 30) * MINUTE, progress: i % 9 === 0 ? 1 : (i % 7) / 7 }
}

/**
 * The index of the source whose text is closest in length to `characters` (the first of equals).
 *
 * @param sources - at least one
 * @param characters - the length wanted
 */
export function closestInLength(sources: readonly SourceArticle[], characters: number): number {
  const distance = (i: number): number => Math.abs(sources[i].article.text.length - characters)
  return sources.reduce((best, _, i) => (distance(i) < distance(best) ? i : best), 0)
}

/**
 * @param sources - the extracted articles, at least one
 * @param size - how many articles the library holds, at least one
 * @param newest - the index of the source the newest row copies
 */
export function libraryCopies(
  sources: readonly SourceArticle[],
  size: number,
  newest: number,
): LibraryCopies {
  if (sources.length === 0) throw new Error('No article to copy.')
  const rows: ArticleRecord[] = []
  const bodies: ArticleBodyRecord[] = []
  const images: ArticleImageRecord[] = []
  for (let i = 0; i < size; i++) {
    const last = i === size - 1
    const source = sources[last ? newest : i % sources.length]
    const article = { ...source.article, id: `bench-${i}` }
    const row = newArticleRecord({
      article,
      origin: 'file',
      addedAt: FIRST_ADDED + i * MINUTE,
      contentHash: source.hash,
    })
    rows.push(last ? row : withDerivedFields({ ...row, ...reading(i) }))
    bodies.push({ id: article.id, article })
    for (const [name, blob] of source.images) {
      images.push({ articleId: article.id, name, blob, bytes: blob.size })
    }
  }
  return { rows, bodies, images }
}
