// Hit-testing and `[` / `]` navigation over anchored ranges, overlaps and nesting included,
// checked against a plain scan on random ranges.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createIntervalLookup } from './interval-lookup'

interface Highlight {
  readonly id: string
  readonly start: number
  readonly end: number
}

const HIGHLIGHTS: Highlight[] = [
  { id: 'caption', start: 300, end: 340 },
  { id: 'long', start: 10, end: 200 },
  { id: 'inside-long', start: 50, end: 60 },
  { id: 'overlaps-long', start: 150, end: 250 },
  { id: 'same-start', start: 50, end: 55 },
  { id: 'empty', start: 400, end: 400 },
]

const ids = (highlights: readonly Highlight[]): string[] => highlights.map((h) => h.id)

describe('createIntervalLookup', () => {
  const lookup = createIntervalLookup(HIGHLIGHTS)

  it('lists highlights in reading order', () => {
    expect(ids(lookup.inOrder)).toEqual([
      'long',
      'same-start',
      'inside-long',
      'overlaps-long',
      'caption',
      'empty',
    ])
  })

  it('finds every highlight under an offset, overlapping and nested ones too', () => {
    expect(ids(lookup.containing(52))).toEqual(['long', 'same-start', 'inside-long'])
    expect(ids(lookup.containing(160))).toEqual(['long', 'overlaps-long'])
    expect(ids(lookup.containing(320))).toEqual(['caption'])
    expect(ids(lookup.containing(270))).toEqual([])
  })

  it('counts a start as inside and an end as outside; empty ranges are never hit', () => {
    expect(ids(lookup.containing(10))).toEqual(['long'])
    expect(ids(lookup.containing(200))).toEqual(['overlaps-long'])
    expect(ids(lookup.containing(9))).toEqual([])
    expect(ids(lookup.containing(400))).toEqual([])
  })

  it('moves to the next and previous highlight by start', () => {
    expect(lookup.next(10)?.id).toBe('same-start')
    expect(lookup.next(0)?.id).toBe('long')
    expect(lookup.next(300)?.id).toBe('empty')
    expect(lookup.next(400)).toBeUndefined()
    expect(lookup.previous(150)?.id).toBe('inside-long')
    expect(lookup.previous(10)).toBeUndefined()
    expect(lookup.previous(1e9)?.id).toBe('empty')
  })

  it('answers nothing when there are no highlights', () => {
    const empty = createIntervalLookup<Highlight>([])
    expect(empty.containing(0)).toEqual([])
    expect(empty.next(0)).toBeUndefined()
    expect(empty.previous(10)).toBeUndefined()
  })

  it('agrees with a plain scan on random ranges', () => {
    const range = fc
      .tuple(fc.nat(500), fc.nat(80))
      .map(([start, length]) => ({ id: `${start}+${length}`, start, end: start + length }))
    fc.assert(
      fc.property(fc.array(range, { maxLength: 60 }), fc.nat(600), (ranges, offset) => {
        const random = createIntervalLookup(ranges)
        const hits = random.containing(offset)
        const expected = random.inOrder.filter((r) => r.start <= offset && offset < r.end)
        expect(hits).toEqual(expected)
        expect(random.next(offset)).toBe(random.inOrder.find((r) => r.start > offset))
        expect(random.previous(offset)).toBe(random.inOrder.findLast((r) => r.start < offset))
      }),
    )
  })
})
