/**
 * The library's full-text index, over FlexSearch 0.8: two `Index`es of whole words, as cut and
 * folded by `fold-text.ts`. `heads` holds every document's short texts (titles, authors,
 * quotes, notes): searched first, so a title or a quote outranks a word deep in a long article.
 * `bodies` holds each article's title and author again with its text, so every query word may
 * be anywhere in an article. Each document is given a small number for FlexSearch (numbers
 * keep the index small); this class keeps the number's key, article and stamp.
 *
 * Prefixes (`synd` finds `syndrome`) come from a vocabulary of every word indexed, kept sorted:
 * a query word stands for the indexed words it begins (the shortest `EXPANSIONS` of them, for
 * one or two letters that begin thousands). FlexSearch's own prefix tokenizer (`forward`)
 * indexes every prefix of every word instead: measured on 500 articles of 1,200 words, five
 * times the build time and 16 MB of snapshot, against a fifth of that here.
 *
 * FlexSearch finds documents holding every query word; whether phrase words stand together,
 * and whether a word matched as written, is checked on the texts themselves
 * (`query-match.ts`). `snapshot` exports all of it to persist, `restore` takes it back.
 * An index knows the restore it was made after (`restoredAt`, see `search-engine.ts`).
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
  /** The library's `restoredAt` the index was made after; absent in snapshots saved before. */
  readonly restoredAt?: number
  readonly nextNumber: number
  readonly documents: readonly (readonly [number, string, string, string])[]
  readonly heads: readonly (readonly [string, string])[]
  readonly bodies: readonly (readonly [string, string])[]
  readonly vocabulary: readonly string[]
}

/** Query words standing for more indexed words than this stand for the shortest of them. */
export const EXPANSIONS = 64
/** Documents FlexSearch is asked for per indexed word. */
const PER_WORD = 5000

/**
 * What FlexSearch is given is already cut and folded: its distinct words joined by spaces (a
 * word never holds one). Where a word stands does not rank here (`resolution: 1`).
 */
const OPTIONS: IndexOptions = {
  tokenize: 'strict',
  resolution: 1,
  encode: (terms: string) => (terms ? terms.split(' ') : []),
}

/** The distinct words of `text`, as FlexSearch is given them. */
function distinctTerms(text: string): string[] {
  return [...new Set(textTerms(text))]
}

/** The documents holding one of `words`, in FlexSearch's order. */
function holdingAny(index: Index, words: readonly string[]): Set<number> {
  const found = new Set<number>()
  for (const word of words) {
    for (const number of index.search(word, { limit: PER_WORD }) as number[]) found.add(number)
  }
  return found
}

/** The documents holding, for every query term, one of the words it stands for. */
function holdingAll(index: Index, expansions: readonly (readonly string[])[]): number[] {
  let found: Set<number> | undefined
  for (const words of expansions) {
    const holding = holdingAny(index, words)
    found = found ? new Set([...found].filter((number) => holding.has(number))) : holding
    if (found.size === 0) return []
  }
  return [...(found ?? [])]
}

export class LibraryIndex {
  private readonly heads = new Index(OPTIONS)
  private readonly bodies = new Index(OPTIONS)
  private readonly byNumber = new Map<number, IndexedDocument>()
  private readonly numbers = new Map<string, number>()
  private nextNumber = 1
  /** Every word ever indexed (a word no document holds any more only costs a lookup). */
  private readonly vocabulary = new Set<string>()
  /** `vocabulary` sorted; undefined when a word came since. */
  private sorted: string[] | undefined

  /**
   * @param restoredAt - when the library it indexes was last replaced by a restore (its
   *   listing's `restoredAt`); 0 when never
   */
  constructor(readonly restoredAt = 0) {}

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
    const headTerms = distinctTerms(document.heads.join('\n'))
    const bodyTerms = document.body
      ? distinctTerms(`${document.heads.join('\n')}\n${document.body}`)
      : []
    this.learn(headTerms)
    this.learn(bodyTerms)
    const head = headTerms.join(' ')
    const body = bodyTerms.join(' ')
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

  private learn(terms: readonly string[]): void {
    for (const term of terms) {
      if (this.vocabulary.has(term)) continue
      this.vocabulary.add(term)
      this.sorted = undefined
    }
  }

  /** The indexed words `term` begins: all of them, or the shortest `EXPANSIONS`. */
  private expand(term: string): string[] {
    this.sorted ??= [...this.vocabulary].sort()
    const sorted = this.sorted
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (sorted[middle] < term) low = middle + 1
      else high = middle
    }
    const words: string[] = []
    for (let at = low; at < sorted.length && sorted[at].startsWith(term); at++)
      words.push(sorted[at])
    if (words.length <= EXPANSIONS) return words
    return words.sort((a, b) => a.length - b.length).slice(0, EXPANSIONS)
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
   * Documents holding every term as a prefix of one of their words: those whose short texts
   * do first.
   *
   * @param terms - folded query terms
   * @param limit - at most this many from each index
   */
  candidates(terms: readonly string[], limit: number): IndexedDocument[] {
    if (terms.length === 0) return []
    const expansions = [...new Set(terms)].map((term) => this.expand(term))
    const numbers = new Set([
      ...holdingAll(this.heads, expansions).slice(0, limit),
      ...holdingAll(this.bodies, expansions).slice(0, limit),
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
    const vocabulary = [...this.vocabulary]
    return {
      format: INDEX_FORMAT,
      restoredAt: this.restoredAt,
      nextNumber: this.nextNumber,
      documents,
      heads,
      bodies,
      vocabulary,
    }
  }

  /** The index a snapshot holds; undefined when it is of another format. */
  static restore(snapshot: IndexSnapshot): LibraryIndex | undefined {
    if (snapshot.format !== INDEX_FORMAT) return undefined
    const index = new LibraryIndex(snapshot.restoredAt ?? 0)
    for (const [key, data] of snapshot.heads) index.heads.import(key, data)
    for (const [key, data] of snapshot.bodies) index.bodies.import(key, data)
    for (const [number, key, articleId, stamp] of snapshot.documents) {
      index.byNumber.set(number, { key, articleId, stamp })
      index.numbers.set(key, number)
    }
    for (const word of snapshot.vocabulary) index.vocabulary.add(word)
    index.nextNumber = snapshot.nextNumber
    return index
  }
}
