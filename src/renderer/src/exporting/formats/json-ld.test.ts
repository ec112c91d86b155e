import { describe, expect, it } from 'vitest'
import { EXPORTED_AT, TRICKY_ARTICLE, trickyInput } from './__fixtures__/tricky-article'
import { annotationMusts, collectionMusts, failures, samples } from './__fixtures__/w3c-musts'
import { formatJsonLd } from './json-ld'

describe('the W3C MUST harness itself', () => {
  it('loads every assertion the suite lists', () => {
    expect(annotationMusts).toHaveLength(54)
    expect(collectionMusts).toHaveLength(10)
  })

  it('fails every incorrect sample on at least one assertion', () => {
    const incorrect = samples('incorrect')
    expect(incorrect.length).toBeGreaterThan(30)
    for (const { name, text } of incorrect) {
      let document: unknown
      try {
        document = JSON.parse(text)
      } catch {
        continue // Not JSON at all (anno1.json): no annotation to assert on.
      }
      expect(failures(annotationMusts, document), name).not.toEqual([])
    }
  })

  it('passes the correct annotation samples, except the known Composite/List/Independents gap', () => {
    const knownGap = ['anno11.json', 'anno12.json', 'anno13.json']
    for (const { name, text } of samples('correct')) {
      if (!name.startsWith('anno')) continue
      const failed = failures(annotationMusts, JSON.parse(text))
      if (knownGap.includes(name))
        expect(failed, name).toEqual(['annotations/3.2-targetObjectsRecognized.json'])
      else expect(failed, name).toEqual([])
    }
  })
})

describe('formatJsonLd', () => {
  const input = trickyInput()
  const collection = JSON.parse(formatJsonLd(input))
  const items: Record<string, unknown>[] = collection.first.items

  it('passes every W3C MUST assertion for each exported annotation', () => {
    expect(items).toHaveLength(6)
    for (const item of items) expect(failures(annotationMusts, item), String(item.id)).toEqual([])
  })

  it('passes them too when notes and tags are left out', () => {
    const bare = JSON.parse(formatJsonLd(trickyInput({ includeNotes: false, includeTags: false })))
    for (const item of bare.first.items) {
      expect(item.body).toBeUndefined()
      expect(item.motivation).toBe('highlighting')
      expect(failures(annotationMusts, item)).toEqual([])
    }
  })

  it('is a collection that passes the W3C collection MUSTs and states its offset unit', () => {
    expect(failures(collectionMusts, collection)).toEqual([])
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { gloss: 'urn:gloss:vocabulary#' }],
      id: `urn:gloss:export:tricky%2F1:${EXPORTED_AT.getTime()}`,
      type: 'AnnotationCollection',
      label: input.article.title,
      total: 6,
      'gloss:positionUnit': 'UTF-16 code unit',
      first: { type: 'AnnotationPage', startIndex: 0 },
    })
  })

  it('writes an annotation with a note, tags, colour and both selectors', () => {
    const annotation = input.annotations[2]
    expect(items[2]).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:00000000-0000-4000-8000-000000000003',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-05-01T09:03:00.000Z',
      modified: '2024-05-01T09:03:01.234Z',
      body: [
        {
          type: 'TextualBody',
          value: 'A **bold** note.\nSecond line with `code`.',
          format: 'text/markdown',
          purpose: 'commenting',
        },
        { type: 'TextualBody', value: 'markdown', purpose: 'tagging' },
        { type: 'TextualBody', value: 'two words', purpose: 'tagging' },
      ],
      target: {
        type: 'SpecificResource',
        source: 'urn:gloss:article:tricky%2F1',
        styleClass: 'gloss-yellow',
        selector: [
          { type: 'TextQuoteSelector', ...annotation.target.quote },
          { type: 'TextPositionSelector', start: 213, end: 261 },
        ],
      },
      stylesheet: {
        type: 'CssStylesheet',
        value: '.gloss-yellow { background-color: #fff1a8; border-color: #d4a800; }',
      },
    })
    expect(TRICKY_ARTICLE.text.slice(213, 261)).toBe(annotation.target.quote.exact)
  })

  it('writes a highlight without a note as highlighting, its quotes and RTL text intact', () => {
    expect(items[0]).toMatchObject({
      motivation: 'highlighting',
      target: { styleClass: 'gloss-pink' },
    })
    expect(items[0].body).toBeUndefined()
    expect(items[4]).toMatchObject({
      body: [{ value: 'הערה בעברית \u202Eevil' }, { value: 'עברית', purpose: 'tagging' }],
    })
  })

  it('escapes lone surrogates so the file is valid UTF-8 and still exact', () => {
    const [first] = input.annotations
    const text = formatJsonLd({ ...input, annotations: [{ ...first, note: 'a\uD800b' }] })
    expect(text).toContain('"value": "a\\ud800b"')
    expect(JSON.parse(text).first.items[0].body[0].value).toBe('a\uD800b')
  })
})
