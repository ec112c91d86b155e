import { describe, expect, it } from 'vitest'
import { parseSearchQuery, queryTerms } from './search-query'

describe('parseSearchQuery', () => {
  it('makes each word a clause, folded', () => {
    expect(parseSearchQuery('  Zürich   Synd ').clauses).toEqual([
      { terms: ['zurich'] },
      { terms: ['synd'] },
    ])
  })

  it('keeps a quoted phrase as one clause, even while its quote is still open', () => {
    expect(parseSearchQuery('"Red Cross" aid').clauses).toEqual([
      { terms: ['red', 'cross'] },
      { terms: ['aid'] },
    ])
    expect(parseSearchQuery('aid "red cro').clauses).toEqual([
      { terms: ['aid'] },
      { terms: ['red', 'cro'] },
    ])
  })

  it('keeps the parts of a word that folds into several together', () => {
    expect(parseSearchQuery("don't 東京").clauses).toEqual([
      { terms: ['don', 't'] },
      { terms: ['東', '京'] },
    ])
  })

  it('has no clause for punctuation or empty quotes', () => {
    expect(parseSearchQuery(' "" -- , ').clauses).toEqual([])
  })

  it('lists every term for the index', () => {
    expect(queryTerms(parseSearchQuery('"red cross" aid'))).toEqual(['red', 'cross', 'aid'])
  })
})
