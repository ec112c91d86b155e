/**
 * The library's full-text index, over FlexSearch 0.8: two `Index`es with prefix tokenizing
 * (`tokenize: 'forward'`, so `synd` finds `syndrome`) over words cut and folded by
 * `fold-text.ts`. `heads` holds every document's short texts (titles, authors, quotes, notes):
 * searched first, so a title or a quote outranks a word deep in a long article. `bodies` holds
 * each article's title and author again with its text, so every query word may be anywhere in
 * an article. Each document is given a small number for FlexSearch (numbers keep the index
 * small); this class keeps the number's key, article and stamp, and exports all of it as a
 * snapshot to persist, which `restore` takes back.
 *
 * FlexSearch finds documents holding every query word as a prefix; whether phrase words stand
 * together is checked on the texts themselves (`query-match.ts`).
 */
import { Index, type IndexOptions } from 'flexsearch'
import { textTerms } from './fold-text'
import type { SearchDocument } from './search-documents'

/**
 * Version of what the index holds. Raise it when folding, documents or options change: a
 * persisted index of another version is dropped and built again.
 */
export const INDEX_FORMAT = 1

/** A document in the index, without its texts. */
export interface IndexedDocument {
  readonly key: string
  readonly articleId: string
  readonly stamp: string
}

/** Everything needed to restore an index: plain data, for IndexedDB. */
export interface IndexSnapshot {
  readonly format: number
  readonly nextNumber: number
  readonly documents: readonly (readonly [number, string, string, string])[]
  readonly heads: readonly (readonly [string, string])[]
  readonly bodies: readonly (readonly [string, string])[]
}

/**
 * Each term once: where a word stands does not rank here (`resolution: 1`), and indexing a
 * long text is several times faster without its repeats.
 */
function encode(text: string): string[] {
  return [...new Set(textTerms(text))]
}

const OPTIONS: IndexOptions = { tokenize: 'forward', resolution: 1, encode }

export class LibraryIndex {
  private readonly heads = new Index(OPTIONS)
  private readonly bodies = new Index(OPTIONS)
  private readonly byNumber = new Map<number, IndexedDocument>()
  private readonly numbers = new Map<string, number>()
  private nextNumber = 1

  /** How many documents the index holds. */
  get size(): number {
    return this.byNumber.size
  }

  /** Stamp by key of every document held. */
  stamps(): Map<string, string> {
    return new Map([...this.byNumber.values()].map((entry) => [entry.key, entry.stamp]))
  }

  /** Add a document, or replace the one with its key. */
  put(document: SearchDocument): void {
    const known = this.numbers.get(document.key)
    const number = known ?? this.nextNumber++
    const head = document.heads.join('\n')
    const body = document.body && `${head}\n${document.body}`
    if (known === undefined) {
      this.heads.add(number, head)
      if (body) this.bodies.add(number, body)
    } else {
      this.heads.update(number, head)
      if (body) this.bodies.update(number, body)
      else this.bodies.remove(number)
    }
    this.numbers.set(document.key, number)
    const { key, articleId, stamp } = document
    this.byNumber.set(number, { key, articleId, stamp })
  }

  remove(key: string): void {
    const number = this.numbers.get(key)
    if (number === undefined) return
    this.heads.remove(number)
    this.bodies.remove(number)
    this.numbers.delete(key)
    this.byNumber.delete(number)
  }

  /**
   * Documents holding every term as a prefix: those whose short texts do first.
   *
   * @param terms - folded query terms
   * @param limit - at most this many from each index
   */
  candidates(terms: readonly string[], limit: number): IndexedDocument[] {
    if (terms.length === 0) return []
    const query = terms.join(' ')
    const numbers = new Set([
      ...(this.heads.search(query, { limit }) as number[]),
      ...(this.bodies.search(query, { limit }) as number[]),
    ])
    return [...numbers].flatMap((number) => this.byNumber.get(number) ?? [])
  }

  /**
   * Everything the index holds, taken at once: FlexSearch exports synchronously to a handler
   * that is, so no update can come between the index's parts and the stamps.
   */
  snapshot(): IndexSnapshot {
    const heads: [string, string][] = []
    const bodies: [string, string][] = []
    this.heads.export((key, data) => void heads.push([key, data]))
    this.bodies.export((key, data) => void bodies.push([key, data]))
    const documents = [...this.byNumber].map(
      ([number, entry]) => [number, entry.key, entry.articleId, entry.stamp] as const,
    )
    return { format: INDEX_FORMAT, nextNumber: this.nextNumber, documents, heads, bodies }
  }

  /** The index a snapshot holds; undefined when it is of another format. */
  static restore(snapshot: IndexSnapshot): LibraryIndex | undefined {
    if (snapshot.format !== INDEX_FORMAT) return undefined
    const index = new LibraryIndex()
    for (const [key, data] of snapshot.heads) index.heads.import(key, data)
    for (const [key, data] of snapshot.bodies) index.bodies.import(key, data)
    for (const [number, key, articleId, stamp] of snapshot.documents) {
      index.byNumber.set(number, { key, articleId, stamp })
      index.numbers.set(key, number)
    }
    index.nextNumber = snapshot.nextNumber
    return index
  }
}
