/**
 * Search over the library: the index (`search-index.ts`) kept up to date from the library's
 * cheap listing (`update`), and queries answered from it (`search`). The index names the
 * documents holding every query word; the engine then reads those documents' texts from the
 * library (a page of them at a time, best first), checks them exactly (`query-match.ts`), and
 * makes the snippets, so the results show what is stored now.
 *
 * A restore can put back a highlight older than the newest one the index holds: the listing
 * names highlights changed by a later `updatedAt` only, so that one would keep the words it had
 * before. The listing says when the library was last restored (`restoredAt`); an index made
 * before that is dropped and built again, whichever window restored, and whether the index was
 * live or saved.
 *
 * Trashed articles, and their highlights and note, are kept in the index (restoring one needs
 * no indexing) but left out of the results: a search looks through the library and the
 * archive, as the reader sees them. A highlight whose article is not in the library is left
 * out too: there is nothing to open it in.
 */
import type { Annotation, ArticleNote } from '@shared/annotation'
import { highlightsChangedSince, indexChanges } from './index-sync'
import { markMatches, matchTexts } from './query-match'
import {
  articleDocument,
  articleTexts,
  currentStamps,
  highlightDocument,
  highlightTexts,
  noteDocument,
  parseDocumentKey,
  type ArticleListing,
  type LibraryListing,
} from './search-documents'
import { LibraryIndex, type IndexedDocument } from './search-index'
import { parseSearchQuery, queryTerms, type SearchQuery } from './search-query'
import { groupByArticle, type ArticleResultGroup, type SearchHit } from './search-results'
import { snippetAround, type MarkedText } from './snippet'

/** The reads search needs from the library (`db/search-reads.ts` over IndexedDB). */
export interface LibraryReader {
  /** @param changedSince - name the highlights changed after this time (ms since the epoch) */
  listing(changedSince: number): Promise<LibraryListing>
  /** The canonical text of each stored article body among `ids`, by id. */
  articleTexts(ids: readonly string[]): Promise<Map<string, string>>
  highlights(ids: readonly string[]): Promise<Annotation[]>
  notes(articleIds: readonly string[]): Promise<ArticleNote[]>
}

/** The bundled sample article's text, which the host serves and the database does not hold. */
export interface BundledText {
  readonly id: string
  readonly text: string
}

/** Matches a search gives at most. */
export const RESULT_LIMIT = 50
/** Documents the index is asked for, at most, from each of its parts. */
const CANDIDATE_LIMIT = 400
/** Documents read and checked together while answering a query. */
const READ_PAGE = 25
/** Documents indexed between two reads while updating: queries are answered in between. */
const INDEX_PAGE = 20

/** What `update` did. */
export interface IndexUpdate {
  readonly indexed: number
  readonly removed: number
  /** Whether the index was dropped and built again, the library having been restored. */
  readonly rebuilt: boolean
}

export class SearchEngine {
  private articles = new Map<string, ArticleListing>()

  private kept: LibraryIndex

  /**
   * @param index - the index to keep (restored from a snapshot, or empty)
   * @param reader - the library
   * @param bundled - the sample article's text, when the host served it
   */
  constructor(
    index: LibraryIndex,
    private readonly reader: LibraryReader,
    private readonly bundled?: BundledText,
  ) {
    this.kept = index
  }

  /** The index kept: a new one once the library has been restored since it was made. */
  get index(): LibraryIndex {
    return this.kept
  }

  /** The sample article's text, when this is the sample and the host served it. */
  private bundledText(article: ArticleListing): string | undefined {
    return article.id === this.bundled?.id ? this.bundled.text : undefined
  }

  private textKnown(article: ArticleListing): boolean {
    return !article.bundled || this.bundledText(article) !== undefined
  }

  /**
   * Take the library's article rows from a listing (titles, and which are in the trash) for
   * the results, before its changes are indexed.
   *
   * @returns the rows taken, by id
   */
  takeArticles(listing: LibraryListing): ReadonlyMap<string, ArticleListing> {
    this.articles = new Map(listing.articles.map((article) => [article.id, article]))
    return this.articles
  }

  /** From when the library's listing should name changed highlights (`index-sync.ts`). */
  highlightsChangedSince(): number {
    return highlightsChangedSince(this.index.stamps())
  }

  /**
   * Bring the index up to date with the library as it is now.
   *
   * @param listing - the library's listing (asked from `highlightsChangedSince()`), when the
   *   caller has just read it
   */
  async update(listing?: LibraryListing): Promise<IndexUpdate> {
    listing ??= await this.reader.listing(this.highlightsChangedSince())
    // This listing's rows, not `this.articles`: a newer listing may come in between pages.
    const rows = this.takeArticles(listing)
    // Made before the last restore: its stamps may not tell what the restore put back.
    const rebuilt = listing.restoredAt !== this.kept.restoredAt
    const dropped = rebuilt ? this.kept.size : 0
    if (rebuilt) this.kept = new LibraryIndex(listing.restoredAt)
    const current = currentStamps(listing, (article) => this.textKnown(article))
    const indexed = this.index.stamps()
    const { stale, removed } = indexChanges(indexed, current, listing.highlights)
    for (const key of removed) this.index.remove(key)
    const byKind = { article: [] as string[], highlight: [] as string[], note: [] as string[] }
    for (const key of stale) {
      const { kind, id } = parseDocumentKey(key)
      byKind[kind].push(id)
    }
    for (let at = 0; at < byKind.article.length; at += INDEX_PAGE) {
      await this.indexArticles(byKind.article.slice(at, at + INDEX_PAGE), rows)
    }
    let highlightsIndexed = 0
    for (let at = 0; at < byKind.highlight.length; at += INDEX_PAGE * 25) {
      const page = await this.reader.highlights(byKind.highlight.slice(at, at + INDEX_PAGE * 25))
      for (const highlight of page) {
        const document = highlightDocument(highlight)
        // Named as changed only for being recent: indexed as it is already.
        if (indexed.get(document.key) === document.stamp) continue
        this.index.put(document)
        highlightsIndexed++
      }
    }
    for (const note of await this.reader.notes(byKind.note)) this.index.put(noteDocument(note))
    const indexedCount = byKind.article.length + highlightsIndexed + byKind.note.length
    return { indexed: indexedCount, removed: removed.length + dropped, rebuilt }
  }

  private async indexArticles(
    ids: readonly string[],
    rows: ReadonlyMap<string, ArticleListing>,
  ): Promise<void> {
    const texts = await this.reader.articleTexts(ids)
    for (const id of ids) {
      const article = rows.get(id)!
      const text = article.bundled ? this.bundledText(article) : (texts.get(id) ?? '')
      this.index.put(articleDocument(article, text))
    }
  }

  /**
   * The library's matches for what the person typed, grouped by article, best first.
   *
   * @param input - the search box's text
   */
  async search(input: string): Promise<ArticleResultGroup[]> {
    const query = parseSearchQuery(input)
    // The rows as they are now, for the whole search: a listing may replace them meanwhile.
    const articles = this.articles
    const candidates = this.index
      .candidates(queryTerms(query), CANDIDATE_LIMIT)
      .filter((candidate) => articles.get(candidate.articleId)?.trashed === false)
    const hits: SearchHit[] = []
    for (let at = 0; at < candidates.length && hits.length < RESULT_LIMIT; at += READ_PAGE) {
      hits.push(...(await this.check(candidates.slice(at, at + READ_PAGE), query, articles)))
    }
    return groupByArticle(hits.slice(0, RESULT_LIMIT), (articleId) => {
      const article = articles.get(articleId)!
      return {
        title: marked(article.title, query),
        byline: marked(article.byline, query),
        siteName: marked(article.siteName, query),
      }
    })
  }

  /** Read a page of candidates and keep those that match, in their order. */
  private async check(
    candidates: readonly IndexedDocument[],
    query: SearchQuery,
    articles: ReadonlyMap<string, ArticleListing>,
  ): Promise<SearchHit[]> {
    const ids = { article: [] as string[], highlight: [] as string[], note: [] as string[] }
    for (const candidate of candidates) {
      const { kind, id } = parseDocumentKey(candidate.key)
      ids[kind].push(id)
    }
    const [texts, highlights, notes] = await Promise.all([
      this.reader.articleTexts(ids.article),
      this.reader.highlights(ids.highlight),
      this.reader.notes(ids.note),
    ])
    const highlightById = new Map(highlights.map((highlight) => [highlight.id, highlight]))
    const noteByArticle = new Map(notes.map((note) => [note.articleId, note]))
    return candidates.flatMap((candidate): SearchHit[] => {
      const { kind, id } = parseDocumentKey(candidate.key)
      if (kind === 'article') {
        const article = articles.get(id)!
        const text = article.bundled ? (this.bundledText(article) ?? '') : (texts.get(id) ?? '')
        return this.articleHit(article, text, query)
      }
      if (kind === 'highlight') {
        const highlight = highlightById.get(id)
        return highlight ? highlightHit(highlight, query) : []
      }
      const note = noteByArticle.get(id)
      return note ? noteHit(note, query) : []
    })
  }

  private articleHit(article: ArticleListing, text: string, query: SearchQuery): SearchHit[] {
    const found = matchTexts(articleTexts(article, text), query)
    if (!found) return []
    const inText = found.at(-1)!
    const snippet = inText.length > 0 ? snippetAround(text, inText) : null
    return [{ kind: 'article', articleId: article.id, snippet }]
  }
}

function marked(text: string, query: SearchQuery): MarkedText {
  return { text, marks: markMatches(text, query) }
}

function highlightHit(highlight: Annotation, query: SearchQuery): SearchHit[] {
  const found = matchTexts(highlightTexts(highlight), query)
  if (!found) return []
  const [inQuote, inNote] = found
  return [
    {
      kind: 'highlight',
      articleId: highlight.articleId,
      highlight: {
        annotationId: highlight.id,
        position: highlight.target.position.start,
        quote: snippetAround(highlight.target.quote.exact, inQuote),
        note: highlight.note ? snippetAround(highlight.note, inNote) : null,
        tags: highlight.tags.map((tag) => marked(tag, query)),
      },
    },
  ]
}

function noteHit(note: ArticleNote, query: SearchQuery): SearchHit[] {
  const found = matchTexts([note.note], query)
  return found
    ? [{ kind: 'note', articleId: note.articleId, note: snippetAround(note.note, found[0]) }]
    : []
}
