import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { createIntervalLookup, type DomTextMap } from '@renderer/anchoring'
import type { AnchoredAnnotation } from '@renderer/stores/annotations'
import { annotationAtPoint, innermost, type HitTestContext } from './hit-test'
import { containsPoint, type ClientRect } from './point-in-rects'

function placed(id: string, start: number, end: number, createdAt = 1): AnchoredAnnotation {
  return { annotation: { id, createdAt } as Annotation, start, end }
}

const long = placed('long', 0, 100)
const short = placed('short', 40, 50)
const twinOld = placed('twin-old', 60, 70, 1)
const twinNew = placed('twin-new', 60, 70, 2)
const all = [long, short, twinOld, twinNew]

/** A client rectangle from its left, top, width and height. */
function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, right: left + width, bottom: top + height }
}

/**
 * Two lines of text, 20 px high, the first ending at x 300: `long` covers both lines (up to
 * its end), `short` a word in the middle of the first line.
 */
const RECTS = new Map<string, ClientRect[]>([
  ['long', [rect(100, 0, 200, 20), rect(100, 24, 150, 20)]],
  ['short', [rect(180, 0, 40, 20)]],
  ['twin-old', [rect(120, 24, 60, 20)]],
  ['twin-new', [rect(120, 24, 60, 20)]],
])

/** The caret under any point lands on `offset`, as it does right of a line's end. */
function caretContext(offset: number): HitTestContext {
  const node = document.createTextNode('x')
  return {
    document: { caretPositionFromPoint: () => ({ offsetNode: node, offset }) } as never,
    dom: { offsetAtPoint: (_n: Node, at: number) => at } as unknown as DomTextMap,
    lookup: createIntervalLookup(all),
    idOfRange: () => undefined,
    placed: () => undefined,
    rectsOf: (candidate) => RECTS.get(candidate.annotation.id) ?? [],
  }
}

describe('hit-testing highlights', () => {
  it('picks the innermost highlight of an overlap, then the most recent', () => {
    expect(innermost([long, short])).toBe(short)
    expect(innermost([long, twinOld, twinNew])).toBe(twinNew)
    expect(innermost([])).toBeNull()
  })

  it('tells whether a point lies in a rectangle, right and bottom edges outside', () => {
    const line = [rect(100, 0, 200, 20), rect(100, 24, 150, 20)]
    expect(containsPoint(line, 100, 0)).toBe(true)
    expect(containsPoint(line, 249, 43)).toBe(true)
    expect(containsPoint(line, 300, 10)).toBe(false)
    expect(containsPoint(line, 280, 30)).toBe(false)
    expect(containsPoint(line, 150, 22)).toBe(false)
    expect(containsPoint([], 150, 10)).toBe(false)
  })

  it('maps the caret under the point to an offset where ranges cannot be asked', () => {
    expect(annotationAtPoint(200, 10, caretContext(45))?.annotation.id).toBe('short')
  })

  it('finds nothing right of a line end, where the caret snaps into a highlight', () => {
    // Right of the second line's end (x 250): the caret lands at the end of `long`'s text.
    expect(annotationAtPoint(400, 30, caretContext(99))).toBeNull()
    // In the gap between the two lines.
    expect(annotationAtPoint(200, 22, caretContext(45))).toBeNull()
  })

  it('keeps only the candidates painted under the point', () => {
    // The caret offset is inside both, but the point is beside the short one, on the long one.
    expect(annotationAtPoint(150, 10, caretContext(45))?.annotation.id).toBe('long')
    // Two of the same length under the point: the most recent.
    expect(annotationAtPoint(130, 30, caretContext(65))?.annotation.id).toBe('twin-new')
  })

  it('names the annotations by their painted ranges where the browser reports them', () => {
    const [rangeLong, rangeShort] = [{}, {}] as AbstractRange[]
    const ids = new Map([
      [rangeLong, 'long'],
      [rangeShort, 'short'],
    ])
    const byId = new Map(all.map((p) => [p.annotation.id, p]))
    const context: HitTestContext = {
      document: {} as Document,
      dom: {} as DomTextMap,
      lookup: createIntervalLookup(all),
      registry: {
        highlightsFromPoint: () => [{ highlight: {}, ranges: [rangeLong, rangeShort] }],
      } as unknown as HighlightRegistry,
      idOfRange: (range) => ids.get(range),
      placed: (id) => byId.get(id),
      rectsOf: () => [],
    }
    expect(annotationAtPoint(10, 10, context)?.annotation.id).toBe('short')
  })
})
