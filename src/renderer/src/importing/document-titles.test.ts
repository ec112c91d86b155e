import { describe, expect, it } from 'vitest'
import { normaliseTitle } from './document-titles'

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
