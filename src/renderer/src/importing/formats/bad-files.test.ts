import { describe, expect, it } from 'vitest'
import { trickyInput } from '../../exporting/formats/__fixtures__/tricky-article'
import { exportAs } from '../../exporting/formats/formats'
import { parseAnnotationFile } from './parse-annotation-file'
import type { ImportRefusalReason } from './types'

const UUID = '3f2b8c4e-1d2a-4b5c-8d9e-0a1b2c3d4e5f'

/** A minimal valid Web Annotation, with fields replaced or removed (`undefined`). */
function annotation(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${UUID}`,
    type: 'Annotation',
    created: '2024-05-01T10:00:00.000Z',
    target: {
      source: 'https://example.com/article',
      selector: { type: 'TextQuoteSelector', exact: 'a passage' },
    },
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete base[key]
    else base[key] = value
  }
  return base
}

function refusal(text: string): { reason: ImportRefusalReason; message: string } {
  const result = parseAnnotationFile(text)
  if (result.ok) throw new Error('The file was accepted')
  return result.error
}

const validExport = exportAs('json-ld', trickyInput())
const json = (value: unknown): string => JSON.stringify(value)

describe('bad import files, each refused with a clear message', () => {
  const cases: [string, string, ImportRefusalReason, string][] = [
    [
      'a truncated export',
      validExport.slice(0, Math.floor(validExport.length / 2)),
      'not-json',
      'The file is not valid JSON (it may be truncated): it ends before all its brackets and quotes are closed.',
    ],
    [
      'a file cut inside a string',
      '{"type": "Annotation", "id": "urn:uu',
      'not-json',
      'The file is not valid JSON (it may be truncated): it ends before all its brackets and quotes are closed.',
    ],
    [
      'a BOM before invalid JSON',
      '\uFEFF{"type": "Annotation",',
      'not-json',
      'The file is not valid JSON (it may be truncated): it ends before all its brackets and quotes are closed.',
    ],
    [
      'a trailing comma in an object',
      '{\n  "type": "Annotation",\n  "id": "x",\n}',
      'not-json',
      'The file is not valid JSON: line 3 ends a list or object with a comma, which JSON does not allow.',
    ],
    [
      'a trailing comma in a list',
      '[\n  {"type": "Annotation"},\n  {"type": "Annotation"},\n]',
      'not-json',
      'The file is not valid JSON: line 3 ends a list or object with a comma, which JSON does not allow.',
    ],
    [
      'damaged JSON',
      '{"type": "Annotation"}\n{"type": "Annotation"}',
      'not-json',
      'The file is not valid JSON (it may be truncated or damaged) near line 2.',
    ],
    ['an empty file', '', 'empty', 'The file is empty.'],
    ['only a BOM and blank lines', '\uFEFF\n  \n', 'empty', 'The file is empty.'],
    ['null', 'null', 'not-annotations', 'The file holds null, not Web Annotations.'],
    ['a number', '42', 'not-annotations', 'The file holds a number, not Web Annotations.'],
    ['a string', '"hello"', 'not-annotations', 'The file holds a string, not Web Annotations.'],
    [
      'some other JSON document',
      json({ name: 'gloss', version: '1.0.0' }),
      'not-annotations',
      'The file holds no Web Annotations (no Annotation, AnnotationPage or AnnotationCollection) and is not a Hypothesis export.',
    ],
    [
      'only a __proto__ key',
      '{"__proto__": {"polluted": 1}}',
      'not-annotations',
      'The file holds no Web Annotations (no Annotation, AnnotationPage or AnnotationCollection) and is not a Hypothesis export.',
    ],
    [
      'a list of garbage',
      json([1, 'two', null]),
      'invalid-annotation',
      'Annotation 1 of 3 is a number, not a Web Annotation.',
    ],
    [
      'a list with an object that is not an annotation',
      json([annotation(), { type: 'Person', name: 'Ada' }]),
      'invalid-annotation',
      'Annotation 2 of 2 is not a Web Annotation (its type is not "Annotation").',
    ],
    ['an empty list', '[]', 'no-annotations', 'The file holds no annotations to import.'],
    [
      'an empty collection',
      json({ type: 'AnnotationCollection', total: 0 }),
      'no-annotations',
      'The file holds no annotations to import.',
    ],
    [
      'a collection whose pages are elsewhere',
      json({ type: 'AnnotationCollection', total: 3, first: 'https://example.com/page1' }),
      'not-annotations',
      'The file’s annotations continue on a page that is not in the file, so it cannot be imported whole.',
    ],
    [
      'a page whose next page is elsewhere',
      json({ type: 'AnnotationPage', items: [annotation()], next: 'https://example.com/page2' }),
      'not-annotations',
      'The file’s annotations continue on a page that is not in the file, so it cannot be imported whole.',
    ],
    [
      'an id that is a number',
      json(annotation({ id: 7 })),
      'invalid-annotation',
      'Annotation 1 of 1 has an id that is not text.',
    ],
    [
      'duplicate ids',
      json([annotation(), annotation({ bodyValue: 'other' })]),
      'duplicate-id',
      'Annotations 1 and 2 share the same id, so the file cannot say which one is right.',
    ],
    [
      'duplicate UUIDs written in different case',
      json([annotation(), annotation({ id: `urn:uuid:${UUID.toUpperCase()}` })]),
      'duplicate-id',
      'Annotations 1 and 2 share the same id, so the file cannot say which one is right.',
    ],
    [
      'duplicate ids that are not UUIDs',
      json([
        annotation({ id: 'https://hypothes.is/a/x' }),
        annotation({ id: 'https://hypothes.is/a/x' }),
      ]),
      'duplicate-id',
      'Annotations 1 and 2 share the same id, so the file cannot say which one is right.',
    ],
    [
      'no target',
      json(annotation({ target: undefined })),
      'invalid-annotation',
      'Annotation 1 of 1 has no target.',
    ],
    [
      'a page note whose page is not an IRI',
      json(annotation({ target: { source: 42 } })),
      'invalid-annotation',
      'Annotation 1 of 1 has a target source that is not an IRI.',
    ],
    [
      'only a position selector',
      json(
        annotation({ target: { selector: { type: 'TextPositionSelector', start: 1, end: 4 } } }),
      ),
      'invalid-annotation',
      'Annotation 1 of 1 has no TextQuoteSelector, so Gloss cannot tell which passage it marks.',
    ],
    [
      'a quote that is a number',
      json(annotation({ target: { selector: { type: 'TextQuoteSelector', exact: 12 } } })),
      'invalid-annotation',
      'Annotation 1 of 1 has a TextQuoteSelector without its quoted text (exact).',
    ],
    [
      'a prefix that is not text',
      json(
        annotation({
          target: { selector: { type: 'TextQuoteSelector', exact: 'a', prefix: ['x'] } },
        }),
      ),
      'invalid-annotation',
      'Annotation 1 of 1 has a quote prefix that is not text.',
    ],
    [
      'a position that runs backwards',
      json(
        annotation({
          target: {
            selector: [
              { type: 'TextQuoteSelector', exact: 'a' },
              { type: 'TextPositionSelector', start: 9, end: 3 },
            ],
          },
        }),
      ),
      'invalid-annotation',
      'Annotation 1 of 1 has a TextPositionSelector whose start and end are not whole numbers from 0, start first.',
    ],
    [
      'a fractional position',
      json(
        annotation({
          target: {
            selector: [
              { type: 'TextQuoteSelector', exact: 'a' },
              { type: 'TextPositionSelector', start: 0.5, end: '3' },
            ],
          },
        }),
      ),
      'invalid-annotation',
      'Annotation 1 of 1 has a TextPositionSelector whose start and end are not whole numbers from 0, start first.',
    ],
    [
      'a created date that does not exist',
      json(annotation({ created: '2024-02-30T10:00:00Z' })),
      'invalid-annotation',
      'Annotation 1 of 1 has a created time that is not an ISO 8601 date and time with a time zone.',
    ],
    [
      'a modified time in words',
      json(annotation({ modified: 'yesterday' })),
      'invalid-annotation',
      'Annotation 1 of 1 has a modified time that is not an ISO 8601 date and time with a time zone.',
    ],
    [
      'a created time as a number',
      json(annotation({ created: 1714557600000 })),
      'invalid-annotation',
      'Annotation 1 of 1 has a created time that is not an ISO 8601 date and time with a time zone.',
    ],
    [
      'both body and bodyValue',
      json(annotation({ body: { type: 'TextualBody', value: 'a' }, bodyValue: 'b' })),
      'invalid-annotation',
      'Annotation 1 of 1 has both body and bodyValue, which the Web Annotation model forbids.',
    ],
    [
      'a note that is a number',
      json(annotation({ body: { type: 'TextualBody', value: 42 } })),
      'invalid-annotation',
      'Annotation 1 of 1 has a TextualBody whose value is not text.',
    ],
    [
      'a body that is a number',
      json(annotation({ body: [42] })),
      'invalid-annotation',
      'Annotation 1 of 1 has a body that is a number, not text.',
    ],
    [
      'a 10 MB note',
      json(annotation({ bodyValue: 'x'.repeat(10 * 1024 * 1024) })),
      'invalid-annotation',
      'Annotation 1 of 1 has a note longer than 100,000 characters.',
    ],
    [
      'a tag too long',
      json(
        annotation({ body: { type: 'TextualBody', purpose: 'tagging', value: 't'.repeat(201) } }),
      ),
      'invalid-annotation',
      'Annotation 1 of 1 has a tag longer than 200 characters.',
    ],
    [
      'too many tags',
      json(
        annotation({
          body: Array.from({ length: 101 }, (_, i) => ({
            type: 'TextualBody',
            purpose: 'tagging',
            value: `tag${i}`,
          })),
        }),
      ),
      'invalid-annotation',
      'Annotation 1 of 1 has more than 100 tags.',
    ],
  ]

  it.each(cases)('refuses %s', (_name, text, reason, message) => {
    expect(refusal(text)).toEqual({ reason, message })
  })

  it('has at least fifteen kinds of bad file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  it('refuses too many annotations, in a list or in a collection', () => {
    const many = Array.from({ length: 10_001 }, () => ({ type: 'Annotation' }))
    const message = 'The file holds more than 10,000 annotations, the most Gloss imports at once.'
    expect(refusal(json(many))).toEqual({ reason: 'too-many', message })
    const collection = {
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: many },
    }
    expect(refusal(json(collection))).toEqual({ reason: 'too-many', message })
  })

  it('refuses a file over 20 MB before parsing it', () => {
    const huge = `[${' '.repeat(21 * 1024 * 1024)}]`
    expect(refusal(huge)).toEqual({
      reason: 'too-large',
      message: 'The file is too large to import: 21.0 MB, and the limit is 20 MB.',
    })
  })
})
