// Canonical text ⇄ matching text: whitespace runs and Unicode forms compare equal, and every
// normalised offset maps back to canonical offsets on whole characters.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildNormalizedText,
  normalizeForMatching,
  normalizeForMatchingSteps,
} from './normalized-text'

const PIECES = [
  'a',
  'Z',
  ' ',
  '\u00a0',
  '\n\n',
  '\t',
  'e\u0301',
  '\u00e9',
  '\u{1F469}\u200d\u{1F4BB}',
  '\u{1F44D}\u{1F3FD}',
  '\u{1F1EB}\u{1F1F7}',
  '\u2014',
  '\u0915\u093c',
  '\u1100\u1161',
]

function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    /[\ud800-\udbff]/.test(text[offset - 1] ?? '') && /[\udc00-\udfff]/.test(text[offset] ?? '')
  )
}

describe('normalizeForMatching', () => {
  it('turns every whitespace run, U+00A0 and block separators included, into one space', () => {
    expect(normalizeForMatching('ISIS.\u00a0\n\nPutin  on\u00a0Monday\tleft')).toBe(
      'ISIS. Putin on Monday left',
    )
  })

  it('makes decomposed and precomposed letters equal (NFC)', () => {
    expect(normalizeForMatching('cafe\u0301')).toBe(normalizeForMatching('caf\u00e9'))
    expect(normalizeForMatching('cafe\u0301')).toHaveLength(4)
  })

  it('leaves text that is already normal unchanged', () => {
    const text = 'Putin said: "You are coming back home \u2014 with victory!" \u{1F44D}'
    expect(normalizeForMatching(text)).toBe(text)
  })

  it('keeps a cluster whole where a long unbroken run is segmented a window at a time', () => {
    // One code unit ahead puts a window's edge between an "e" and its combining accent.
    const run = 'x' + 'e\u0301'.repeat(5000)
    expect(normalizeForMatching(run)).toBe(run.normalize('NFC'))
    expect(buildNormalizedText(run).text).toBe(run.normalize('NFC'))
  })
})

describe('normalizeForMatchingSteps', () => {
  const stepped = (text: string, step: number): { text: string; pauses: number } => {
    const steps = normalizeForMatchingSteps(text, step)
    let pauses = 0
    for (;;) {
      const next = steps.next()
      if (next.done) return { text: next.value, pauses }
      pauses++
    }
  }

  it('gives what normalizeForMatching gives, for any text cut at any step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }),
        fc.integer({ min: 1, max: 12 }),
        (pieces, step) => {
          const text = pieces.join('')
          expect(stepped(text, step).text).toBe(normalizeForMatching(text))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('pauses between steps of a long quote, and not at all for a short one', () => {
    const quote = 'Putin   said é '.repeat(3000)
    const { text, pauses } = stepped(quote, 4096)
    expect(text).toBe(normalizeForMatching(quote))
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(quote.length / 4096) - 1)
    expect(stepped('short', 4096).pauses).toBe(0)
  })
})

describe('buildNormalizedText', () => {
  it('maps a collapsed whitespace run back to the whole run', () => {
    const text = 'ISIS.\u00a0\n\nPutin'
    const normalized = buildNormalizedText(text)
    expect(normalized.text).toBe('ISIS. Putin')
    expect(normalized.canonicalRange(5, 6)).toEqual({ start: 5, end: 8 })
    expect(normalized.canonicalRange(6, 11)).toEqual({ start: 8, end: 13 })
    expect(normalized.normalizedOffset(7)).toBe(5)
    expect(normalized.normalizedOffset(8)).toBe(6)
  })

  it('maps a composed letter back to the letter and its combining mark', () => {
    const text = 'a cafe\u0301 sign'
    const normalized = buildNormalizedText(text)
    expect(normalized.text).toBe('a caf\u00e9 sign')
    const at = normalized.text.indexOf('\u00e9')
    expect(normalized.canonicalRange(at, at + 1)).toEqual({ start: 5, end: 7 })
    expect(normalized.canonicalRange(2, at + 1)).toEqual({ start: 2, end: 7 })
  })

  it('maps any part of an emoji sequence back to the whole sequence', () => {
    const text = 'x \u{1F469}\u200d\u{1F4BB} y'
    const normalized = buildNormalizedText(text)
    expect(normalized.text).toBe(text)
    expect(normalized.canonicalRange(3, 4)).toEqual({ start: 2, end: 7 })
    expect(normalized.canonicalRange(2, 3)).toEqual({ start: 2, end: 7 })
  })

  it('agrees with normalizeForMatching and never splits a character, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        const normalized = buildNormalizedText(text)
        expect(normalized.text).toBe(normalizeForMatching(text))
        expect(normalized.text).not.toMatch(/\s\s/)
        expect(normalized.canonicalRange(0, normalized.text.length)).toEqual({
          start: 0,
          end: text.length,
        })
        for (let i = 0; i < normalized.text.length; i++) {
          const { start, end } = normalized.canonicalRange(i, i + 1)
          expect(end).toBeGreaterThan(start)
          expect(splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)).toBe(false)
          const first = normalized.normalizedOffset(start)
          expect(first).toBeLessThanOrEqual(i)
          expect(normalized.canonicalRange(first, i + 1)).toEqual({ start, end })
          if (i === 0) continue
          const previous = normalized.canonicalRange(i - 1, i)
          const samePiece = previous.start === start && previous.end === end
          expect(samePiece || previous.end === start).toBe(true)
        }
      }),
    )
  })
})
