import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { InlineMark } from '@shared/article'
import { inlineRuns, type InlineRun } from './inline-runs'
import { spanOf } from './test-article'

/** The runs written compactly: text as strings, marks as `{ kind: [children] }`. */
type Shape = string | { [kind: string]: Shape[] }
function shape(runs: readonly InlineRun[]): Shape[] {
  return runs.map((run) =>
    run.kind === 'text' ? run.text : { [run.mark.kind]: shape(run.children) },
  )
}

function spelled(runs: readonly InlineRun[]): string {
  return runs.map((run) => (run.kind === 'text' ? run.text : spelled(run.children))).join('')
}

const TEXT = 'Read the full report at the agency.'
const mark = (kind: 'emphasis' | 'strong' | 'code', needle: string): InlineMark => ({
  kind,
  ...spanOf(TEXT, needle),
})

describe('inlineRuns', () => {
  it('is one text run without marks', () => {
    expect(shape(inlineRuns(TEXT))).toEqual([TEXT])
    expect(inlineRuns('')).toEqual([])
  })

  it('nests a mark inside the one that contains it, whatever order they are given in', () => {
    const marks = [mark('emphasis', 'full'), mark('strong', 'the full report')]
    const expected = [
      'Read ',
      { strong: ['the ', { emphasis: ['full'] }, ' report'] },
      ' at the agency.',
    ]
    expect(shape(inlineRuns(TEXT, marks))).toEqual(expected)
    expect(shape(inlineRuns(TEXT, [...marks].reverse()))).toEqual(expected)
  })

  it('keeps two marks over the same range nested in the order given', () => {
    const marks = [mark('strong', 'report'), mark('emphasis', 'report')]
    expect(shape(inlineRuns(TEXT, marks))).toEqual([
      'Read the full ',
      { strong: [{ emphasis: ['report'] }] },
      ' at the agency.',
    ])
  })

  it('places an image mark at its point, holding nothing, even at the very start or end', () => {
    const image = (at: number): InlineMark => ({
      kind: 'image',
      start: at,
      end: at,
      image: 'a.png',
      alt: 'A',
    })
    const runs = inlineRuns(TEXT, [image(0), image(5), image(TEXT.length)])
    expect(shape(runs)).toEqual([
      { image: [] },
      'Read ',
      { image: [] },
      'the full report at the agency.',
      { image: [] },
    ])
  })

  it('carries the mark itself, so a link keeps its address', () => {
    const link: InlineMark = {
      kind: 'link',
      href: 'https://example.com/',
      ...spanOf(TEXT, 'report'),
    }
    const run = inlineRuns(TEXT, [link])[1]
    expect(run).toMatchObject({ kind: 'mark', mark: link })
  })

  it('drops a mark that crosses an earlier one, keeping its text plain', () => {
    const marks = [mark('emphasis', 'the full'), mark('strong', 'full report')]
    expect(shape(inlineRuns(TEXT, marks))).toEqual([
      'Read ',
      { emphasis: ['the full'] },
      ' report at the agency.',
    ])
  })

  it('drops marks outside the text, empty ones, non-integer ones and images with a length', () => {
    const marks: InlineMark[] = [
      { kind: 'emphasis', start: -1, end: 4 },
      { kind: 'strong', start: 30, end: TEXT.length + 1 },
      { kind: 'code', start: 3, end: 3 },
      { kind: 'emphasis', start: 1.5, end: 4 },
      { kind: 'image', start: 0, end: 4, image: null, alt: '' },
      { kind: 'strong', start: 0, end: 4 },
    ]
    expect(shape(inlineRuns(TEXT, marks))).toEqual([{ strong: ['Read'] }, TEXT.slice(4)])
  })

  it('spells the block text exactly, and nests every mark inside its parent, for any marks', () => {
    const kinds = ['emphasis', 'strong', 'code', 'subscript', 'superscript', 'deleted'] as const
    const markOf = fc.record({
      kind: fc.constantFrom(...kinds, 'image' as const),
      start: fc.integer({ min: -3, max: 40 }),
      length: fc.integer({ min: -2, max: 40 }),
    })
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), fc.array(markOf), (text, specs) => {
        const marks = specs.map(({ kind, start, length }): InlineMark => {
          const end = start + length
          return kind === 'image'
            ? { kind, start, end, image: null, alt: '' }
            : { kind, start, end }
        })
        const runs = inlineRuns(text, marks)
        expect(spelled(runs)).toBe(text)
        const check = (children: readonly InlineRun[], from: number, to: number): void => {
          let at = from
          for (const run of children) {
            if (run.kind === 'text') {
              expect(run.text.length).toBeGreaterThan(0)
              at += run.text.length
            } else {
              expect(run.mark.start).toBe(at)
              check(run.children, run.mark.start, run.mark.end)
              at = run.mark.end
            }
          }
          expect(at).toBe(to)
        }
        check(runs, 0, text.length)
      }),
    )
  })
})
