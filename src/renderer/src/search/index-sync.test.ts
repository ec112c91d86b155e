import { describe, expect, it } from 'vitest'
import { indexChanges } from './index-sync'

describe('indexChanges', () => {
  it('names new and changed documents stale, and gone ones removed', () => {
    const indexed = new Map([
      ['article:a', 's1'],
      ['highlight:h', '1'],
      ['note:a', '5'],
    ])
    const current = new Map([
      ['article:a', 's1'],
      ['highlight:h', '2'],
      ['highlight:new', '1'],
    ])
    expect(indexChanges(indexed, current)).toEqual({
      stale: ['highlight:h', 'highlight:new'],
      removed: ['note:a'],
    })
  })

  it('has nothing to do when the stamps agree', () => {
    const stamps = new Map([['article:a', 's1']])
    expect(indexChanges(stamps, new Map(stamps))).toEqual({ stale: [], removed: [] })
  })
})
