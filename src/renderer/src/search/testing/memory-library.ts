/**
 * Test helper: a library held in memory, read the way search reads IndexedDB, with counts of
 * the texts read (to show an update reads only what changed).
 */
import type { Annotation, ArticleNote } from '@shared/annotation'
import type { ArticleListing, LibraryListing } from '../search-documents'
import type { LibraryReader } from '../search-engine'

export interface MemoryArticle extends ArticleListing {
  readonly text: string
}

/** A short stand-in for the SHA-256 the library stores: it changes when the text does. */
function shortHash(text: string): string {
  let hash = 0
  for (let index = 0; index < text.length; index++) hash = (hash * 31 + text.charCodeAt(index)) | 0
  return `${text.length}-${hash}`
}

export class MemoryLibrary implements LibraryReader {
  readonly articles = new Map<string, MemoryArticle>()
  readonly annotations = new Map<string, Annotation>()
  readonly articleNotes = new Map<string, ArticleNote>()
  /** Ids of every article body read so far. */
  readonly bodiesRead: string[] = []
  /** When everything was last replaced by a restore, as the listing says. */
  restoredAt = 0

  addArticle(id: string, fields: Partial<MemoryArticle> = {}): MemoryArticle {
    const article: MemoryArticle = {
      id,
      title: `Article ${id}`,
      byline: '',
      siteName: '',
      tags: [],
      text: '',
      trashed: false,
      bundled: false,
      ...fields,
      contentHash: fields.contentHash ?? shortHash(fields.text ?? ''),
    }
    this.articles.set(id, article)
    return article
  }

  addHighlight(
    id: string,
    articleId: string,
    quote: string,
    fields: Partial<Pick<Annotation, 'note' | 'tags' | 'updatedAt'>> & { start?: number } = {},
  ): Annotation {
    const annotation: Annotation = {
      id,
      articleId,
      color: 'yellow',
      note: fields.note ?? '',
      tags: fields.tags ?? [],
      createdAt: 1,
      updatedAt: fields.updatedAt ?? 1,
      target: {
        quote: { exact: quote, prefix: '', suffix: '' },
        position: { start: fields.start ?? 0, end: (fields.start ?? 0) + quote.length },
      },
    }
    this.annotations.set(id, annotation)
    return annotation
  }

  async listing(changedSince: number): Promise<LibraryListing> {
    const annotations = [...this.annotations.values()]
    return {
      restoredAt: this.restoredAt,
      articles: [...this.articles.values()].map(({ text: _text, ...listing }) => listing),
      highlights: {
        ids: annotations.map(({ id }) => id),
        changed: annotations.filter((each) => each.updatedAt > changedSince).map(({ id }) => id),
      },
      notes: [...this.articleNotes.values()].map(({ articleId, updatedAt }) => ({
        articleId,
        updatedAt,
      })),
    }
  }

  async articleTexts(ids: readonly string[]): Promise<Map<string, string>> {
    this.bodiesRead.push(...ids)
    return new Map(
      ids.flatMap((id) => {
        const article = this.articles.get(id)
        return article && !article.bundled ? [[id, article.text] as const] : []
      }),
    )
  }

  async highlights(ids: readonly string[]): Promise<Annotation[]> {
    return ids.flatMap((id) => this.annotations.get(id) ?? [])
  }

  async notes(articleIds: readonly string[]): Promise<ArticleNote[]> {
    return articleIds.flatMap((id) => this.articleNotes.get(id) ?? [])
  }
}
