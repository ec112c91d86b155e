import { describe, expect, it } from 'vitest'
import { movedOption, searchOptions } from './search-options'
import type { ArticleResultGroup } from './search-results'

function group(articleId: string, highlightIds: string[]): ArticleResultGroup {
  const empty = { text: '', marks: [] }
  return {
    articleId,
    title: empty,
    byline: empty,
    siteName: empty,
    articleMatched: false,
    snippet: null,
    note: null,
    highlights: highlightIds.map((annotationId, position) => ({
      annotationId,
      position,
      quote: empty,
      note: null,
      tags: [],
    })),
  }
}

describe('searchOptions', () => {
  it('lists each article, then its highlights', () => {
    const options = searchOptions([group('a1', ['h1', 'h2']), group('a2', [])])
    expect(options.map((option) => option.key)).toEqual([
      'article-a1',
      'highlight-h1',
      'highlight-h2',
      'article-a2',
    ])
    expect(options[2]).toEqual({
      kind: 'highlight',
      key: 'highlight-h2',
      articleId: 'a1',
      annotationId: 'h2',
    })
  })
})

describe('movedOption', () => {
  it('moves within the list and ignores other keys', () => {
    expect(movedOption('ArrowDown', 0, 3)).toBe(1)
    expect(movedOption('ArrowDown', 2, 3)).toBe(2)
    expect(movedOption('ArrowUp', 0, 3)).toBe(0)
    expect(movedOption('End', 0, 3)).toBe(2)
    expect(movedOption('Home', 2, 3)).toBe(0)
    expect(movedOption('a', 1, 3)).toBeNull()
    expect(movedOption('ArrowDown', 0, 0)).toBeNull()
  })
})
