import { describe, expect, it } from 'vitest'
import { CHANGE_SLACK, highlightsChangedSince, indexChanges } from './index-sync'

const noHighlights = { ids: [], changed: [] }

describe('indexChanges', () => {
  it('names new and changed articles and notes stale, and gone ones removed', () => {
    const indexed = new Map([
      ['article:a', 's1'],
      ['article:b', 's1'],
      ['note:a', '5'],
    ])
    const current = new Map([
      ['article:a', 's1'],
      ['article:b', 's2'],
      ['article:new', 's1'],
    ])
    expect(indexChanges(indexed, current, noHighlights)).toEqual({
      stale: ['article:b', 'article:new'],
      removed: ['note:a'],
    })
  })

  it('names highlights stale when new or changed, and removed when gone', () => {
    const indexed = new Map([
      ['highlight:kept', '1'],
      ['highlight:edited', '1'],
      ['highlight:gone', '1'],
    ])
    const highlights = { ids: ['kept', 'edited', 'new'], changed: ['edited'] }
    expect(indexChanges(indexed, new Map(), highlights)).toEqual({
      stale: ['highlight:edited', 'highlight:new'],
      removed: ['highlight:gone'],
    })
  })

  it('has nothing to do when the library is as indexed', () => {
    const indexed = new Map([
      ['article:a', 's1'],
      ['highlight:h', '1'],
    ])
    const current = new Map([['article:a', 's1']])
    expect(indexChanges(indexed, current, { ids: ['h'], changed: [] })).toEqual({
      stale: [],
      removed: [],
    })
  })
})

describe('highlightsChangedSince', () => {
  it('is the newest highlight indexed, less the slack; 0 without highlights', () => {
    const indexed = new Map([
      ['article:a', '["x"]'],
      ['highlight:h1', '5000000'],
      ['highlight:h2', '7000000'],
    ])
    expect(highlightsChangedSince(indexed)).toBe(7_000_000 - CHANGE_SLACK)
    expect(highlightsChangedSince(new Map([['article:a', '["x"]']]))).toBe(0)
  })
})
