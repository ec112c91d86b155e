import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { annotationMatcher, isFiltering, NO_FILTER } from './annotation-filter'

const pride: Annotation = {
  ...{ id: 'p', articleId: 'seed', color: 'green', note: 'Said to the **troops**' },
  ...{
    tags: ['quotes'],
    createdAt: 1,
    updatedAt: 1,
    target: seedTarget('The motherland is proud of you'),
  },
}
const base: Annotation = {
  ...pride,
  ...{ id: 'b', color: 'blue', note: '', tags: ['places'], target: seedTarget('Tartous') },
}

function shown(filter: Partial<typeof NO_FILTER>): string[] {
  return [pride, base].filter(annotationMatcher({ ...NO_FILTER, ...filter })).map((a) => a.id)
}

describe('annotation filter', () => {
  it('shows everything without filters', () => {
    expect(isFiltering(NO_FILTER)).toBe(false)
    expect(shown({})).toEqual(['p', 'b'])
  })

  it('filters by colour, tag and words in the quote, note or tags, all together', () => {
    expect(shown({ colors: new Set(['blue']) })).toEqual(['b'])
    expect(shown({ tag: 'quotes' })).toEqual(['p'])
    expect(shown({ text: 'MOTHERLAND troops' })).toEqual(['p'])
    expect(shown({ text: 'places' })).toEqual(['b'])
    expect(shown({ text: 'tartous', colors: new Set(['green']) })).toEqual([])
    expect(isFiltering({ ...NO_FILTER, text: ' x ' })).toBe(true)
  })

  it('matches across a non-breaking space as across a space', () => {
    const nbsp = { ...base, note: 'about\u00a0300 kilometres' }
    expect([nbsp].filter(annotationMatcher({ ...NO_FILTER, text: 'about 300' }))).toHaveLength(1)
  })
})
