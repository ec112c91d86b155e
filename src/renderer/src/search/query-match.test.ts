import { describe, expect, it } from 'vitest'
import { matchTexts, type TextRange } from './query-match'
import { parseSearchQuery } from './search-query'

function marked(text: string, ranges: readonly TextRange[]): string[] {
  return ranges.map((range) => text.slice(range.start, range.end))
}

function matchOne(text: string, input: string): string[] | null {
  const found = matchTexts([text], parseSearchQuery(input))
  return found && marked(text, found[0])
}

describe('matchTexts', () => {
  it('finds folded words and marks them as written', () => {
    expect(matchOne('A report from Zürich.', 'zurich')).toEqual(['Zürich'])
    expect(matchOne('A report from zurich.', 'Zürich')).toEqual(['zurich'])
  })

  it('matches the last word of a clause as a prefix and marks the whole word', () => {
    expect(matchOne('The Syndrome spreads', 'synd')).toEqual(['Syndrome'])
    expect(matchOne('The Syndrome spreads', 'yndrome')).toBeNull()
  })

  it('needs every word', () => {
    expect(matchOne('Aid reached Zürich', 'zurich aid')).toEqual(['Aid', 'Zürich'])
    expect(matchOne('Aid reached Basel', 'zurich aid')).toBeNull()
  })

  it('needs a phrase’s words next to each other, in order', () => {
    const text = 'The Red Cross came; cross words, red faces.'
    expect(matchOne(text, '"red cross"')).toEqual(['Red Cross'])
    expect(matchOne('cross red', '"red cross"')).toBeNull()
    expect(matchOne('the red big cross', '"red cross"')).toBeNull()
  })

  it('takes the words before a clause’s last one whole', () => {
    expect(matchOne('reddish cross', '"red cross"')).toBeNull()
  })

  it('finds a CJK word as its characters side by side', () => {
    expect(matchOne('彼は東京大学で学んだ', '東京')).toEqual(['東京'])
    expect(matchOne('京都と東北', '東京')).toBeNull()
  })

  it('matches a document when each clause is in one of its texts', () => {
    const texts = ['Letter from Zürich', 'Anna Schmidt', 'About the syndrome']
    const found = matchTexts(texts, parseSearchQuery('zurich synd'))
    expect(found?.map((ranges, index) => marked(texts[index], ranges))).toEqual([
      ['Zürich'],
      [],
      ['syndrome'],
    ])
    expect(matchTexts(texts, parseSearchQuery('zurich basel'))).toBeNull()
  })

  it('matches nothing for an empty query', () => {
    expect(matchTexts(['anything'], parseSearchQuery('  '))).toBeNull()
  })
})
