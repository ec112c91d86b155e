/**
 * The painter's diff, and painting a long list a slice at a time: what is painted after each
 * call, which Ranges are made (never twice for an unchanged annotation), and that a list
 * changed between slices is what ends up painted. happy-dom has no CSS Custom Highlight API:
 * a `Highlight` is stood in by a Set of ranges, the registry by a Map.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TextRange } from '@renderer/anchoring'
import { createHighlightPainter, type PaintedAnnotation } from './highlight-painter'

class FakeHighlight extends Set<AbstractRange> {
  priority = 0
}

let registry: Map<string, FakeHighlight>
beforeEach(() => {
  vi.stubGlobal('Highlight', FakeHighlight)
  registry = new Map()
})
afterEach(() => vi.unstubAllGlobals())

/** A stand-in Range that says where it is. */
type FakeRange = Range & TextRange

const made: TextRange[] = []
const rangeOf = (range: TextRange): Range => {
  made.push(range)
  return { ...range } as FakeRange
}

/** What each colour holds, as `colour start-end`, sorted. */
function shown(): string[] {
  return [...registry]
    .filter(([name]) => !['gloss-focus', 'gloss-flash'].includes(name))
    .flatMap(([name, highlight]) =>
      [...highlight].map(
        (r) => `${name.slice(6)} ${(r as FakeRange).start}-${(r as FakeRange).end}`,
      ),
    )
    .sort()
}

function annotations(count: number): PaintedAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    color: i % 2 ? 'green' : 'yellow',
    start: i * 10,
    end: i * 10 + 5,
  }))
}

describe('highlight painter', () => {
  beforeEach(() => (made.length = 0))

  it('paints a list, then only what changed', () => {
    const painter = createHighlightPainter(registry as unknown as HighlightRegistry)
    const list = annotations(3)
    expect(painter.paint(list, rangeOf)).toBe(true)
    expect(shown()).toEqual(['green 10-15', 'yellow 0-5', 'yellow 20-25'])

    made.length = 0
    const recoloured = { ...list[0], color: 'blue' as const }
    expect(painter.paint([recoloured, list[2]], rangeOf)).toBe(true)
    expect(shown()).toEqual(['blue 0-5', 'yellow 20-25'])
    expect(made).toEqual([]) // a new colour keeps the passage's Range
  })

  it('stops when asked and goes on where it stopped when called again', () => {
    const painter = createHighlightPainter(registry as unknown as HighlightRegistry)
    const list = annotations(5)
    let budget = 2
    const stop = (): boolean => budget-- <= 0
    expect(painter.paint(list, rangeOf, stop)).toBe(false)
    expect(shown()).toEqual(['green 10-15', 'yellow 0-5'])

    budget = 2
    expect(painter.paint(list, rangeOf, stop)).toBe(false)
    budget = 2
    expect(painter.paint(list, rangeOf, stop)).toBe(true)
    expect(shown()).toHaveLength(5)
    expect(made.map((r) => r.start)).toEqual([0, 10, 20, 30, 40]) // each Range made once
  })

  it('paints the newest list when the list changes between slices', () => {
    const painter = createHighlightPainter(registry as unknown as HighlightRegistry)
    const list = annotations(4)
    let budget = 2
    expect(painter.paint(list, rangeOf, () => budget-- <= 0)).toBe(false)
    // a0 was deleted and a3 recoloured before the rest was painted.
    const next = [list[1], list[2], { ...list[3], color: 'pink' as const }]
    expect(painter.paint(next, rangeOf)).toBe(true)
    expect(shown()).toEqual(['green 10-15', 'pink 30-35', 'yellow 20-25'])
  })
})
