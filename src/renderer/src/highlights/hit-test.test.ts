import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { createIntervalLookup, type DomTextMap } from '@renderer/anchoring'
import type { AnchoredAnnotation } from '@renderer/stores/annotations'
import { annotationAtPoint, innermost, type HitTestContext } from './hit-test'

function placed(id: string, start: number, end: number, createdAt = 1): AnchoredAnnotation {
  return { annotation: { id, createdAt } as Annotation, start, end }
}

const long = placed('long', 0, 100)
const short = placed('short', 40, 50)
const twinOld = placed('twin-old', 60, 70, 1)
const twinNew = placed('twin-new', 60, 70, 2)
const all = [long, short, twinOld, twinNew]

describe('hit-testing highlights', () => {
  it('picks the innermost highlight of an overlap, then the most recent', () => {
    expect(innermost([long, short])).toBe(short)
    expect(innermost([long, twinOld, twinNew])).toBe(twinNew)
    expect(innermost([])).toBeNull()
  })

  it('maps the caret under the point to an offset where ranges cannot be asked', () => {
    const node = document.createTextNode('x')
    const context: HitTestContext = {
      document: { caretPositionFromPoint: () => ({ offsetNode: node, offset: 45 }) } as never,
      dom: { offsetAtPoint: (_n: Node, offset: number) => offset } as unknown as DomTextMap,
      lookup: createIntervalLookup(all),
      idOfRange: () => undefined,
      placed: () => undefined,
    }
    expect(annotationAtPoint(10, 10, context)?.annotation.id).toBe('short')
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
    }
    expect(annotationAtPoint(10, 10, context)?.annotation.id).toBe('short')
  })
})
