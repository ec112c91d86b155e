import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import type { AnchoredAnnotation } from '@renderer/stores/annotations'
import { stepHighlight, type StepContext } from './next-highlight'

function placed(id: string, start: number): AnchoredAnnotation {
  return { annotation: { id } as Annotation, start, end: start + 5 }
}

// Two highlights start at offset 20: both are stops.
const inOrder = [placed('a', 0), placed('b', 20), placed('c', 20), placed('d', 90)]
const tops: Record<string, number> = { a: -300, b: 120, c: 120, d: 900 }

function step(direction: 1 | -1, focusedId: string | null): string | undefined {
  const context: StepContext = { inOrder, focusedId, topOf: (id) => tops[id], readingTop: 52 }
  return stepHighlight(direction, context)?.annotation.id
}

describe('stepHighlight', () => {
  it('walks reading order one highlight at a time, same starts included', () => {
    expect(step(1, 'a')).toBe('b')
    expect(step(1, 'b')).toBe('c')
    expect(step(1, 'c')).toBe('d')
    expect(step(-1, 'c')).toBe('b')
  })

  it('stays at either end', () => {
    expect(step(1, 'd')).toBe('d')
    expect(step(-1, 'a')).toBe('a')
  })

  it('starts at the first highlight in view when none has focus', () => {
    expect(step(1, null)).toBe('b')
    expect(step(-1, null)).toBe('b')
  })

  it('has nothing to focus in an article without highlights', () => {
    expect(
      stepHighlight(1, { inOrder: [], focusedId: null, topOf: () => 0, readingTop: 0 }),
    ).toBeNull()
  })
})
