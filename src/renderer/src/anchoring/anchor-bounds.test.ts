// Work bounds: an imported target with huge context or a huge quote is placed or orphaned after a
// bounded amount of approximate search, counted by the patterns approx-string-match is given.
import { describe, expect, it, vi } from 'vitest'
import { anchorSteps, anchorTarget } from './anchor'
import { EXACT_CANDIDATES_PER_STEP } from './match-exact'
import { MAX_FUZZY_QUOTE_CHARS } from './match-fuzzy'
import { createTextIndex } from './text-index'

const searched = vi.hoisted(() => [] as string[])
vi.mock('approx-string-match', async (original) => {
  const real = (await original<typeof import('approx-string-match')>()).default
  return {
    default: (text: string, pattern: string, maxErrors: number) => {
      searched.push(pattern)
      return real(text, pattern, maxErrors)
    },
  }
})

const TEXT = Array.from({ length: 400 }, (_, i) => `Putin spoke ${i} times today.`).join(' ')

function cjk(from: number, length: number): string {
  return Array.from({ length }, (_, i) => String.fromCharCode(0x4e00 + from + i)).join('')
}

describe('anchoring work bounds', () => {
  it('compares only the context nearest the quote, however long the stored context', () => {
    searched.length = 0
    const result = anchorTarget(createTextIndex(TEXT), {
      quote: { exact: 'Putin', prefix: cjk(0, 1000), suffix: cjk(1000, 1000) },
      position: { start: 3, end: 8 },
    })
    expect(result).toMatchObject({ method: 'quote', start: 0, end: 5 })
    expect(searched.every((pattern) => pattern === 'Putin')).toBe(true)
  })

  it('scores the occurrences of a word whose context matches none of them in paused steps', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `Putin spoke ${i} times.`).join(' ')
    const steps = anchorSteps(createTextIndex(text), {
      quote: { exact: 'Putin', prefix: cjk(0, 1000), suffix: cjk(1000, 1000) },
      position: { start: 0, end: 5 },
    })
    let pauses = 0
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++
    // 2,000 occurrences at 250 a step, before any fuzzy search's own pauses.
    expect(pauses).toBeGreaterThanOrEqual(2_000 / EXACT_CANDIDATES_PER_STEP - 1)
  })

  it('places a quote too long for fuzzy search by its exact text alone', () => {
    searched.length = 0
    const exact = TEXT.slice(0, MAX_FUZZY_QUOTE_CHARS + 100)
    const index = createTextIndex(TEXT)
    const moved = anchorTarget(index, {
      quote: { exact, prefix: '', suffix: 'x' },
      position: { start: 9, end: 9 + exact.length },
    })
    expect(moved).toMatchObject({ method: 'quote', start: 0, end: exact.length })
    const edited = anchorTarget(index, {
      quote: { exact: `${exact.slice(0, 50)}#${exact.slice(51)}`, prefix: '', suffix: '' },
      position: { start: 0, end: exact.length },
    })
    expect(edited).toEqual({ method: 'orphaned' })
    expect(searched).toEqual([])
  })
})
