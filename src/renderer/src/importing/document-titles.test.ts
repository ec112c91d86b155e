import { describe, expect, it } from 'vitest'
import type { ImportCandidate } from '@renderer/importing/formats/types'
import { normaliseTitle, selectForArticle } from './document-titles'

function candidate(id: string): ImportCandidate {
  return {
    ...{ id, color: 'yellow', note: '', tags: [], createdAt: 0, updatedAt: 0 },
    target: { quote: { exact: id, prefix: '', suffix: '' }, position: null },
  }
}

/** Candidates named a, b, c… with the titles given, in order. */
function file(...titles: string[]) {
  const annotations = titles.map((_, i) => candidate(String.fromCharCode(97 + i)))
  const byId = new Map(annotations.map((a, i) => [a.id, { source: '', title: titles[i] }]))
  return { annotations, byId }
}

const ARTICLE = 'Putin orders Russian troops out of Syria'

describe('normaliseTitle', () => {
  it('ignores case, spaces, punctuation and apostrophes', () => {
    expect(normaliseTitle('  “Putin  Orders Russian Troops — Out of Syria!” ')).toBe(
      'putin orders russian troops out of syria',
    )
    expect(normaliseTitle('Russia’s war')).toBe(normaliseTitle("Russia's War"))
    expect(normaliseTitle('Ｃａｆé')).toBe(normaliseTitle('Cafe\u0301'))
  })

  it('keeps words apart that punctuation separated, and tells different titles apart', () => {
    expect(normaliseTitle('Left/Right')).toBe('left right')
    expect(normaliseTitle('Putin orders troops out of Syria')).not.toBe(normaliseTitle(ARTICLE))
  })
})

describe('selectForArticle', () => {
  it('keeps the rows whose title is the article’s, and counts the rest by document', () => {
    const { annotations, byId } = file(
      'Putin Orders Russian Troops Out of Syria',
      'The Dispossessed',
      'putin orders russian troops out of syria.',
      'The Dispossessed',
      'Another article',
    )
    const selection = selectForArticle(annotations, byId, ARTICLE)
    expect(selection.annotations.map((a) => a.id)).toEqual(['a', 'c'])
    expect(selection).toMatchObject({ otherHighlights: 3, otherDocuments: 2 })
  })

  it('keeps every row of a file on one document, whatever its title', () => {
    const { annotations, byId } = file('A book I read', 'a book I read!')
    const selection = selectForArticle(annotations, byId, ARTICLE)
    expect(selection).toEqual({ annotations, otherHighlights: 0, otherDocuments: 0 })
  })

  it('keeps nothing when no title of a file on many documents is the article’s', () => {
    const { annotations, byId } = file('One', 'Two', '')
    expect(selectForArticle(annotations, byId, ARTICLE)).toEqual({
      annotations: [],
      otherHighlights: 3,
      otherDocuments: 3,
    })
  })
})
