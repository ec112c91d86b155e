// Canonical range → stored target: both selectors, 32 characters of context, whole characters.
import { describe, expect, it } from 'vitest'
import { QUOTE_CONTEXT_LENGTH } from '@shared/annotation'
import { anchorTarget } from './anchor'
import { describeRange } from './describe'
import { createTextIndex } from './text-index'

const TEXT =
  'Putin orders Russian troops out of Syria\n\nPresident Vladimir Putin on\u00a0Monday ordered ' +
  'Russian forces in Syria to start withdrawing.'

describe('describeRange', () => {
  const index = createTextIndex(TEXT)

  it('stores the quote, 32 characters of context each side and the position', () => {
    const start = TEXT.indexOf('Putin on')
    const target = describeRange(index, { start, end: start + 'Putin on\u00a0Monday'.length })
    expect(target).toEqual({
      quote: {
        exact: 'Putin on\u00a0Monday',
        prefix: TEXT.slice(start - QUOTE_CONTEXT_LENGTH, start),
        suffix: ' ordered Russian forces in Syria',
      },
      position: { start, end: start + 15 },
    })
    expect(target?.quote.prefix).toBe('ut of Syria\n\nPresident Vladimir ')
  })

  it('keeps shorter context at the edges of the article', () => {
    const target = describeRange(index, { start: 0, end: 5 })
    expect(target?.quote.prefix).toBe('')
    const end = TEXT.length
    expect(describeRange(index, { start: end - 12, end })?.quote.suffix).toBe('')
  })

  it('returns null for an empty range and clamps one that reaches outside the text', () => {
    expect(describeRange(index, { start: 10, end: 10 })).toBeNull()
    expect(
      describeRange(index, { start: TEXT.length - 3, end: TEXT.length + 50 })?.quote.exact,
    ).toBe('ng.')
  })

  it('widens a range that splits a character and never stores half a surrogate pair', () => {
    // 32 code units of context would start and end between the halves of a surrogate pair.
    const text = `x\u{1F469}\u200d\u{1F4BB}${'a'.repeat(31)}quote${'b'.repeat(31)}\u{1F44D} end`
    const quoteStart = text.indexOf('quote')
    const target = describeRange(createTextIndex(text), {
      start: quoteStart,
      end: quoteStart + 5,
    })
    expect(target?.quote.prefix).toBe('a'.repeat(31))
    expect(target?.quote.suffix).toBe('b'.repeat(31))

    const split = describeRange(createTextIndex(text), { start: 2, end: 3 })
    expect(split?.quote.exact).toBe('\u{1F469}\u200d\u{1F4BB}')
    expect(split?.position).toEqual({ start: 1, end: 6 })
  })

  it('describes a range that anchors back to itself by position', () => {
    const start = TEXT.indexOf('Russian forces')
    const range = { start, end: start + 'Russian forces'.length }
    const target = describeRange(index, range)
    expect(target && anchorTarget(index, target)).toEqual({
      method: 'position',
      ...range,
      score: 1,
    })
  })
})
