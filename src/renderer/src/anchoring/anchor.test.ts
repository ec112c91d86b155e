// The anchoring order on small texts: what position accepts, where fuzzy matching draws the line,
// what is orphaned, and that no result splits a character or throws, whatever was stored.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AnnotationTarget } from '@shared/annotation'
import { anchorTarget, CONFIDENT_CONTEXT_SIMILARITY } from './anchor'
import { describeRange } from './describe'
import { MIN_QUOTE_SIMILARITY } from './match-fuzzy'
import { normalizeForMatching } from './normalized-text'
import { createTextIndex } from './text-index'
import { isAnchored } from './types'

/** Words that share no long runs, so only the intended passage can match. */
const FILLER = Array.from({ length: 1000 }, (_, i) => `w${(i * 7919) % 10007}`).join(' ')

function targetFor(text: string, passage: string): AnnotationTarget {
  const start = text.indexOf(passage)
  const target = describeRange(createTextIndex(text), { start, end: start + passage.length })
  if (start === -1 || !target) throw new Error(`${passage} is not in the text`)
  return target
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    /[\ud800-\udbff]/.test(text[offset - 1] ?? '') && /[\udc00-\udfff]/.test(text[offset] ?? '')
  )
}

/** Replace `count` characters of `passage`, spread evenly, by a character it does not contain. */
function damaged(passage: string, count: number): string {
  const chars = [...passage]
  for (let i = 0; i < count; i++) chars[Math.floor((i * chars.length) / count)] = '#'
  return chars.join('')
}

const PASSAGE = 'the convoy crossed the river at dawn and reached the old fortress'
const BEFORE = `Report from the north. ${PASSAGE} before the storm broke over the hills.`

describe('anchorTarget', () => {
  it('accepts an intact position without searching', () => {
    const target = targetFor(BEFORE, PASSAGE)
    expect(anchorTarget(createTextIndex(BEFORE), target)).toEqual({
      method: 'position',
      ...target.position,
      score: 1,
    })
  })

  it('survives corrupt stored positions and finds the quote instead', () => {
    const target = targetFor(BEFORE, PASSAGE)
    const index = createTextIndex(BEFORE)
    for (const position of [
      { start: Number.NaN, end: Number.NaN },
      { start: -40, end: -2 },
      { start: 60, end: 20 },
      { start: 1e9, end: 1e9 + 5 },
      { start: 1.5, end: 30.5 },
    ]) {
      const result = anchorTarget(index, { ...target, position })
      expect(result).toMatchObject({ method: 'quote', start: BEFORE.indexOf(PASSAGE) })
    }
  })

  it('orphans a target whose quote is empty or only whitespace', () => {
    const index = createTextIndex(BEFORE)
    const empty = { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } }
    expect(anchorTarget(index, empty)).toEqual({ method: 'orphaned' })
    const blank = {
      quote: { exact: ' \u00a0', prefix: 'x', suffix: 'y' },
      position: { start: 3, end: 5 },
    }
    expect(anchorTarget(index, blank)).toEqual({ method: 'orphaned' })
  })

  it('accepts a fuzzy match up to the similarity bar and orphans one past it', () => {
    const target = targetFor(BEFORE, PASSAGE)
    const allowed = Math.floor(PASSAGE.length * (1 - MIN_QUOTE_SIMILARITY))
    const atBar = damaged(PASSAGE, allowed)
    const withinBar = anchorTarget(createTextIndex(BEFORE.replace(PASSAGE, atBar)), target)
    expect(withinBar).toMatchObject({ method: 'fuzzy', start: BEFORE.indexOf(PASSAGE) })
    const pastBar = BEFORE.replace(PASSAGE, damaged(PASSAGE, allowed + 2))
    expect(anchorTarget(createTextIndex(pastBar), target)).toEqual({ method: 'orphaned' })
  })

  it('lets context count: a similar passage among different words is not taken', () => {
    const target = targetFor(BEFORE, PASSAGE)
    const elsewhere = `${FILLER.slice(0, 40)} ${damaged(PASSAGE, 8)} ${FILLER.slice(40, 80)}`
    expect(anchorTarget(createTextIndex(elsewhere), target)).toEqual({ method: 'orphaned' })
    const sameContext = BEFORE.replace(PASSAGE, damaged(PASSAGE, 8))
    expect(anchorTarget(createTextIndex(sameContext), target).method).toBe('fuzzy')
  })

  it('searches the whole text when the edited passage moved far from its position', () => {
    const target = targetFor(BEFORE, PASSAGE)
    const moved = `${FILLER}. ${BEFORE.replace(PASSAGE, damaged(PASSAGE, 6))}`
    expect(moved.length).toBeGreaterThan(5000)
    const result = anchorTarget(createTextIndex(moved), target)
    expect(result).toMatchObject({ method: 'fuzzy', start: moved.indexOf('Report') + 23 })
  })

  it('never fuzzy-matches a quote of three characters', () => {
    const text = 'alpha beta gamma: the yak ate'
    const target = targetFor(text, 'yak')
    expect(anchorTarget(createTextIndex(text.replace('yak', 'yam')), target)).toEqual({
      method: 'orphaned',
    })
  })

  it('still places a verbatim quote whose surroundings changed, with a score that says so', () => {
    const target = targetFor(BEFORE, PASSAGE)
    const rewritten = `${FILLER.slice(0, 300)} ${PASSAGE}, said ${FILLER.slice(300, 400)}`
    const result = anchorTarget(createTextIndex(rewritten), target)
    expect(result).toMatchObject({ method: 'quote', start: rewritten.indexOf(PASSAGE) })
    expect(isAnchored(result) && result.score).toBeLessThan(CONFIDENT_CONTEXT_SIMILARITY)
  })

  it('never trusts a stored position that splits a surrogate pair', () => {
    const text = 'thumbs \u{1F44D} up and \u{1F44D} down'
    const second = text.lastIndexOf('\u{1F44D}')
    const target: AnnotationTarget = {
      quote: { exact: text.slice(second + 1, second + 6), prefix: ' and \ud83d', suffix: 'own' },
      position: { start: second + 1, end: second + 6 },
    }
    const result = anchorTarget(createTextIndex(text), target)
    expect(result).toMatchObject({ method: 'quote', start: second, end: second + 6 })
  })

  it('never throws and never splits a character, whatever the edit', () => {
    const pieces = [
      'word ',
      'other ',
      '\u00a0',
      '\n\n',
      'e\u0301',
      '\u00e9',
      '\u{1F469}\u200d\u{1F4BB}',
      '\u{1F44D}',
      'x',
    ]
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 4, maxLength: 40 })
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...pieces),
        (parts, a, b, at, insert) => {
          const before = parts.join('')
          const start = a % before.length
          const end = start + 1 + (b % (before.length - start))
          const target = describeRange(createTextIndex(before), { start, end })
          if (!target) return
          const cut = at % (before.length + 1)
          const after = before.slice(0, cut) + insert + before.slice(cut)
          const result = anchorTarget(createTextIndex(after), target)
          if (!isAnchored(result)) return
          expect(result.start).toBeLessThan(result.end)
          expect(splitsSurrogatePair(after, result.start)).toBe(false)
          expect(splitsSurrogatePair(after, result.end)).toBe(false)
          if (result.method !== 'fuzzy') {
            const found = normalizeForMatching(after.slice(result.start, result.end))
            expect(found).toContain(normalizeForMatching(target.quote.exact).trim())
          }
        },
      ),
    )
  })
})
