import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAnnotationFile } from './parse-annotation-file'

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5))
const SAMPLES = join(
  __dirname,
  '../../../../../fixtures/w3c-web-annotation-tests/tools/samples/correct',
)

function ids(): () => string {
  let n = 0
  return () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
}

/**
 * Annotations as Hypothesis's API serves them as JSON-LD (h's AnnotationJSONLDPresenter): an
 * `https://hypothes.is/a/…` id, microsecond times, a note body without a purpose (empty for a
 * plain highlight), tags as tagging bodies, and one target in an array whose selectors include
 * Range and XPath selectors with positions relative to an element.
 */
const HYPOTHESIS = [
  {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/Zq0mQOMqEe6ooz8vY7Xb7g',
    created: '2024-03-12T09:15:27.120467+00:00',
    modified: '2024-03-12T09:17:02.991015+00:00',
    creator: 'acct:reader@hypothes.is',
    body: [
      {
        type: 'TextualBody',
        value: 'Compare with the **2015** announcement.',
        format: 'text/markdown',
      },
      { type: 'TextualBody', value: 'russia', purpose: 'tagging' },
      { type: 'TextualBody', value: 'syria withdrawal', purpose: 'tagging' },
    ],
    target: [
      {
        source: 'https://www.cbc.ca/news/world/putin-syria-withdrawal-1.4445426',
        selector: [
          {
            type: 'RangeSelector',
            startSelector: {
              type: 'XPathSelector',
              value: '/main[1]/div[2]/p[3]',
              refinedBy: { type: 'TextPositionSelector', start: 0, end: 0 },
            },
            endSelector: {
              type: 'XPathSelector',
              value: '/main[1]/div[2]/p[3]',
              refinedBy: { type: 'TextPositionSelector', start: 58, end: 58 },
            },
          },
          { type: 'TextPositionSelector', start: 1180, end: 1238 },
          {
            type: 'TextQuoteSelector',
            exact: 'Moscow and Damascus had achieved their mission of destroying ISIS',
            prefix: 'after a two-year military campaign, ',
            suffix: '. ',
          },
        ],
      },
    ],
  },
  {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/Lw1nUOMrEe6N3SvRwCkX2A',
    created: '2024-03-12T09:20:00.000001+00:00',
    modified: '2024-03-12T09:20:00.000001+00:00',
    creator: 'acct:reader@hypothes.is',
    body: [{ type: 'TextualBody', value: '', format: 'text/markdown' }],
    target: [
      {
        source: 'https://www.cbc.ca/news/world/putin-syria-withdrawal-1.4445426',
        selector: [
          {
            type: 'XPathSelector',
            value: '/main[1]/div[2]/p[7]',
            refinedBy: { type: 'TextPositionSelector', start: 12, end: 40 },
          },
          { type: 'TextQuoteSelector', exact: 'The motherland is proud of you.' },
        ],
      },
    ],
  },
]

describe('importing from other Web Annotation tools', () => {
  it('accepts Hypothesis annotations: new ids, note, tags, times, quote and page position', () => {
    const result = parseAnnotationFile(JSON.stringify(HYPOTHESIS), { newId: ids(), now: NOW })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.sources).toEqual([
      'https://www.cbc.ca/news/world/putin-syria-withdrawal-1.4445426',
    ])
    expect(result.value.annotations).toEqual([
      {
        id: '10000000-0000-4000-8000-000000000001',
        color: 'yellow',
        note: 'Compare with the **2015** announcement.',
        tags: ['russia', 'syria withdrawal'],
        createdAt: Date.UTC(2024, 2, 12, 9, 15, 27, 120),
        updatedAt: Date.UTC(2024, 2, 12, 9, 17, 2, 991),
        target: {
          quote: {
            exact: 'Moscow and Damascus had achieved their mission of destroying ISIS',
            prefix: 'after a two-year military campaign, ',
            suffix: '. ',
          },
          position: { start: 1180, end: 1238 },
        },
      },
      {
        id: '10000000-0000-4000-8000-000000000002',
        color: 'yellow',
        note: '',
        tags: [],
        createdAt: Date.UTC(2024, 2, 12, 9, 20, 0, 0),
        updatedAt: Date.UTC(2024, 2, 12, 9, 20, 0, 0),
        // The only position is relative to a paragraph: not a position in the article.
        target: {
          quote: { exact: 'The motherland is proud of you.', prefix: '', suffix: '' },
          position: null,
        },
      },
    ])
  })

  it('accepts the W3C samples that carry a quote, string bodies and refined quotes included', () => {
    const read = (name: string) =>
      parseAnnotationFile(readFileSync(join(SAMPLES, name), 'utf8'), { newId: ids(), now: NOW })
    expect(read('anno26.json')).toEqual({
      ok: true,
      value: {
        sources: ['http://example.org/page1'],
        pageNotes: [],
        // A Web Annotation names its page by IRI only.
        documents: new Map([
          [
            '10000000-0000-4000-8000-000000000001',
            { source: 'http://example.org/page1', title: '' },
          ],
        ]),
        annotations: [
          {
            id: '10000000-0000-4000-8000-000000000001',
            color: 'yellow',
            note: 'http://example.org/comment1',
            tags: [],
            createdAt: NOW.getTime(),
            updatedAt: NOW.getTime(),
            target: {
              quote: { exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' },
              position: null,
            },
          },
        ],
      },
    })
    const refined = read('anno32.json')
    expect(refined.ok && refined.value.annotations[0].target.quote.exact).toBe('Selected Text')
  })

  // Its first 21 are notes on whole resources (page notes); the 22nd has a selector, but one
  // that is only a link, so there is no quote to find its passage by.
  it('refuses the W3C sample collection, naming its first annotation with selectors but no quote', () => {
    const result = parseAnnotationFile(readFileSync(join(SAMPLES, 'collection1.json'), 'utf8'))
    expect(result).toEqual({
      ok: false,
      error: {
        reason: 'invalid-annotation',
        message:
          'Annotation 22 of 41 has no TextQuoteSelector, so Gloss cannot tell which passage it marks.',
      },
    })
  })

  it('reads a single body object, bodyValue, and a style class naming a Gloss colour', () => {
    const annotation = (fields: object) =>
      JSON.stringify({
        type: 'Annotation',
        target: {
          styleClass: ['other', 'gloss-purple'],
          selector: { type: 'TextQuoteSelector', exact: 'x' },
        },
        ...fields,
      })
    const one = parseAnnotationFile(annotation({ body: { type: 'TextualBody', value: 'single' } }))
    expect(one.ok && [one.value.annotations[0].note, one.value.annotations[0].color]).toEqual([
      'single',
      'purple',
    ])
    const two = parseAnnotationFile(annotation({ bodyValue: 'plain' }))
    expect(two.ok && two.value.annotations[0].note).toBe('plain')
  })
})
