import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_COLORS } from '@shared/annotation'
import {
  TRICKY_ANNOTATIONS,
  trickyInput,
} from '../../exporting/formats/__fixtures__/tricky-article'
import { exportAs } from '../../exporting/formats/formats'
import type { ExportAnnotation, ExportInput } from '../../exporting/formats/types'
import { parseAnnotationFile } from './parse-annotation-file'
import type { ImportCandidate } from './types'

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5))

function newIds(): () => string {
  let n = 0
  return () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
}

function parse(text: string) {
  return parseAnnotationFile(text, { newId: newIds(), now: NOW })
}

function accepted(text: string): readonly ImportCandidate[] {
  const result = parse(text)
  if (!result.ok) throw new Error(result.error.message)
  return result.value.annotations
}

/** What an import must give back for an exported annotation: all of it but the article. */
function withoutArticle(a: ExportAnnotation): ImportCandidate {
  return {
    id: a.id,
    color: a.color,
    note: a.note,
    tags: a.tags,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    target: a.target,
  }
}

describe('importing a Gloss export', () => {
  it('gives back every annotation of the tricky article exactly, in reading order', () => {
    const input = trickyInput()
    const result = parse(exportAs('json-ld', input))
    expect(result.ok && result.value.sources).toEqual(['urn:gloss:article:tricky%2F1'])
    expect(accepted(exportAs('json-ld', input))).toEqual(input.annotations.map(withoutArticle))
    expect(TRICKY_ANNOTATIONS).toHaveLength(6)
  })

  it('round-trips any annotations: ids, selectors, colour, note, tags and times', () => {
    // Units mixing every plane with what breaks serialisers: bidi controls, ZWJ, BOM, line
    // separators, quotes, backslashes, and lone surrogates (JSON-LD keeps them as \u escapes).
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom(
        '\u202E',
        '\u200D',
        '\u{1F469}\u200D\u{1F467}',
        'ש',
        'ع',
        '\uFEFF',
        'e\u0301',
        '\uD800',
        '\uDC00',
        '"',
        '\\',
        '\n',
        '\u2028',
      ),
    )
    const text = (minLength: number, maxLength: number) => fc.string({ unit, minLength, maxLength })
    const time = fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) })
    const annotation = fc.record({
      id: fc.uuid({ version: 4 }),
      articleId: fc.constant('article'),
      color: fc.constantFrom(...HIGHLIGHT_COLORS),
      note: text(0, 60),
      tags: fc.uniqueArray(text(1, 12), { maxLength: 5 }),
      createdAt: time,
      updatedAt: time,
      section: fc.constant(''),
      target: fc.record({
        quote: fc.record({ exact: text(1, 40), prefix: text(0, 32), suffix: text(0, 32) }),
        position: fc
          .tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 10_000 }))
          .map(([start, length]) => ({ start, end: start + length })),
      }),
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(annotation, { minLength: 1, maxLength: 6, selector: (a) => a.id }),
        (annotations) => {
          const input: ExportInput = { ...trickyInput(), annotations }
          expect(accepted(exportAs('json-ld', input))).toEqual(annotations.map(withoutArticle))
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('files that look odd or hostile but are fine', () => {
  const UUID = '3f2b8c4e-1d2a-4b5c-8d9e-0a1b2c3d4e5f'

  it('accepts a Gloss export behind a byte order mark', () => {
    const result = parseAnnotationFile(`\uFEFF${exportAs('json-ld', trickyInput())}`)
    expect(result.ok && result.value.annotations).toHaveLength(6)
  })

  it('reads __proto__, constructor and prototype keys as data and pollutes nothing', () => {
    const text = `{
      "__proto__": {"polluted": "root"},
      "constructor": {"prototype": {"polluted": "constructor"}},
      "type": "Annotation",
      "id": "urn:uuid:${UUID}",
      "body": [{"type": "TextualBody", "value": "note", "__proto__": {"polluted": "body"}}],
      "target": {
        "__proto__": {"selector": {"type": "TextQuoteSelector", "exact": "from the prototype"}},
        "selector": {"type": "TextQuoteSelector", "exact": "own passage", "prototype": {"polluted": 1}}
      }
    }`
    const result = parseAnnotationFile(text)
    expect(result.ok).toBe(true)
    const [candidate] = result.ok ? result.value.annotations : []
    expect(candidate.note).toBe('note')
    expect(candidate.target.quote.exact).toBe('own passage')
    expect(Object.getPrototypeOf(candidate)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(candidate).sort()).toEqual(
      ['color', 'createdAt', 'id', 'note', 'tags', 'target', 'updatedAt'].sort(),
    )
  })

  it('keeps scripts in notes as text', () => {
    const note =
      '<script>alert(1)</script><img src=x onerror=alert(2)> {{constructor.constructor("alert(3)")()}}'
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${UUID}`,
      type: 'Annotation',
      created: '2024-05-01T10:00:00.000Z',
      bodyValue: note,
      target: {
        source: 'https://example.com/article',
        selector: { type: 'TextQuoteSelector', exact: 'a passage' },
      },
    }
    const result = parseAnnotationFile(JSON.stringify(file))
    expect(result.ok && result.value.annotations[0].note).toBe(note)
  })
})
