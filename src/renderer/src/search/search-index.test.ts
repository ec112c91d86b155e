import { describe, expect, it } from 'vitest'
import type { SearchDocument } from './search-documents'
import { EXPANSIONS, LibraryIndex } from './search-index'

function highlight(id: string, quote: string): SearchDocument {
  return { key: `highlight:${id}`, articleId: 'a', stamp: '1', heads: [quote], body: '' }
}

function keys(index: LibraryIndex, terms: string[]): string[] {
  return index.candidates(terms, 100).map((found) => found.key)
}

describe('LibraryIndex', () => {
  it('finds documents holding every term as the beginning of a word', () => {
    const index = new LibraryIndex()
    index.put(highlight('1', 'a syndrome in zurich'))
    index.put(highlight('2', 'zurich alone'))
    expect(keys(index, ['synd'])).toEqual(['highlight:1'])
    expect(keys(index, ['zur']).sort()).toEqual(['highlight:1', 'highlight:2'])
    expect(keys(index, ['zur', 'synd'])).toEqual(['highlight:1'])
    expect(keys(index, ['yndrome'])).toEqual([])
  })

  it('lets a short prefix stand for the shortest words it begins when it begins many', () => {
    const index = new LibraryIndex()
    for (let n = 0; n < EXPANSIONS + 10; n++) {
      index.put(highlight(`long${n}`, `prefix${String(n).padStart(3, '0')}`))
    }
    index.put(highlight('short', 'pre'))
    expect(keys(index, ['pre'])).toHaveLength(EXPANSIONS)
    expect(keys(index, ['pre'])).toContain('highlight:short')
    // prefix070 to prefix073: a longer prefix, which begins few words, stands for all of them.
    expect(keys(index, ['prefix07'])).toHaveLength(4)
  })

  it('replaces a document put again under its key, and forgets a removed one', () => {
    const index = new LibraryIndex()
    index.put(highlight('1', 'wheat'))
    index.put({ ...highlight('1', 'barley'), stamp: '2' })
    expect(keys(index, ['wheat'])).toEqual([])
    expect(keys(index, ['barley'])).toEqual(['highlight:1'])
    expect(index.stamps()).toEqual(new Map([['highlight:1', '2']]))
    index.remove('highlight:1')
    expect(keys(index, ['barley'])).toEqual([])
    expect(index.size).toBe(0)
  })

  it('puts documents whose short texts match before those matching only in their body', () => {
    const index = new LibraryIndex()
    const article = (id: string, title: string, body: string): SearchDocument => ({
      key: `article:${id}`,
      articleId: id,
      stamp: '1',
      heads: [title],
      body,
    })
    index.put(article('deep', 'Other things', 'far down it mentions harvest'))
    index.put(article('title', 'Harvest', 'nothing else'))
    expect(keys(index, ['harvest'])).toEqual(['article:title', 'article:deep'])
  })
})
