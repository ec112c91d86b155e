import { afterEach, describe, expect, it, vi } from 'vitest'
import { exportAs } from '@renderer/exporting/formats/formats'
import { readingOrder } from '@renderer/exporting/formats/reading-order'
import { MAX_IMPORT_ANNOTATIONS, MAX_NOTE_CHARS } from '@renderer/importing/formats/limits'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { host } from '@renderer/testing/fake-host'
import { seedArticle } from '@renderer/testing/seed-article'
import { recordWriteTransactions, startImportApp } from './flow-test-app'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

const article = seedArticle()
const UUID = '5a0c8d7e-2b1f-4c3d-9e8f-7a6b5c4d3e2f'

/** A valid Gloss export of one annotation, as text. */
const goodFile = exportAs('json-ld', {
  article,
  annotations: readingOrder(article, [
    {
      ...{ id: UUID, articleId: article.id, color: 'pink', note: 'A note', tags: ['a'] },
      ...{ createdAt: 1, updatedAt: 2, target: seedTarget('Tartous') },
    },
  ]),
  exportedAt: new Date(0),
  options: { includeNotes: true, includeTags: true },
})

/** A minimal valid Web Annotation with some fields replaced. */
function annotation(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${UUID}`,
    type: 'Annotation',
    target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'Tartous' } },
    ...fields,
  }
}

const json = (value: unknown): string => JSON.stringify(value)
const READWISE_HEADER =
  'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags'

/** [what the file is, its text, what the alert must say] */
const BAD_FILES: [string, string, RegExp][] = [
  ['a truncated export', goodFile.slice(0, goodFile.length / 2), /may be truncated/],
  [
    'a BOM and then garbage',
    '\uFEFF\u0000\u0001GIF89a',
    /not valid JSON \(it may be truncated or damaged\)/,
  ],
  [
    'a trailing comma',
    '[\n  {"type": "Annotation"},\n]',
    /line 2 ends a list or object with a comma/,
  ],
  ['an empty file', '', /^The file is empty\.$/],
  [
    'a Markdown export',
    '---\ntitle: "x"\n---\n# x\n',
    /^The file is Markdown, but not an export Gloss can read highlights from/,
  ],
  [
    'a Gloss Markdown export whose quote was deleted',
    '---\ngloss-article: "a"\n---\n\n^gloss-00000000-0000-4000-8000-000000000001\n',
    /has no quote: the block quote above its block id is missing/,
  ],
  [
    'a Readwise Markdown export with an empty highlight',
    '# A page\n\n## Metadata\n\n## Highlights\n- ([View Highlight](https://example.org/))\n',
    /^Highlight 1 on “A page” has no highlighted text\.$/,
  ],
  ['a number', '42', /holds a number, not Web Annotations/],
  [
    'a settings object',
    json({ theme: 'dark' }),
    /holds no Web Annotations \(no Annotation, AnnotationPage or AnnotationCollection\)/,
  ],
  [
    'an id that is a number',
    json(annotation({ id: 42 })),
    /Annotation 1 of 1 has an id that is not text/,
  ],
  [
    'a quote that is a number',
    json(annotation({ target: { selector: { type: 'TextQuoteSelector', exact: 7 } } })),
    /TextQuoteSelector without its quoted text/,
  ],
  [
    'a creation time that is not a date',
    json(annotation({ created: 'yesterday' })),
    /has a created time that is not an ISO 8601 date and time with a time zone/,
  ],
  [
    'tags that are not text',
    json(annotation({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 3 }] })),
    /value is not text/,
  ],
  [
    'a position that runs backwards',
    json(
      annotation({
        target: {
          selector: [
            { type: 'TextQuoteSelector', exact: 'Tartous' },
            { type: 'TextPositionSelector', start: 9, end: 2 },
          ],
        },
      }),
    ),
    /start first/,
  ],
  ['duplicate ids', json([annotation(), annotation()]), /share the same id/],
  [
    'only a range selector',
    json(annotation({ target: { selector: { type: 'RangeSelector', startOffset: 0 } } })),
    /no TextQuoteSelector/,
  ],
  ['a page note on a page that is not an IRI', json(annotation({ target: [7] })), /not an IRI/],
  [
    'annotations hidden behind __proto__',
    `{"__proto__": {"type": "AnnotationPage", "polluted": 1, "items": [${json(annotation())}]}}`,
    /holds no Web Annotations/,
  ],
  [
    'a 10 MB note',
    json(annotation({ bodyValue: 'x'.repeat(10 * 1024 * 1024) })),
    new RegExp(`longer than ${MAX_NOTE_CHARS.toLocaleString('en-US')}`),
  ],
  [
    'too many annotations',
    json(Array.from({ length: MAX_IMPORT_ANNOTATIONS + 1 }, () => ({}))),
    /holds more than 10,000 annotations/,
  ],
  ['a 21 MB file', `[${' '.repeat(21 * 1024 * 1024)}]`, /too large to import: 21.0 MB/],
  [
    'a collection whose page is a link',
    json({ type: 'AnnotationCollection', first: 'https://example.com/page/1' }),
    /continue on a page that is not in the file/,
  ],
  [
    'a Readwise export with a quoted cell never closed',
    `${READWISE_HEADER}\n"Tartous,An article,,,,yellow,,order,1,,\n`,
    /^The file is not readable CSV: line 2 opens a quoted cell that is never closed\.$/,
  ],
  [
    'a Readwise export with an empty highlight after a good one',
    `${READWISE_HEADER}\nTartous,An article,,,,,,,,,\n"",An article,,,,,,,,,\n`,
    /^Line 3 has no highlighted text/,
  ],
  [
    'a Readwise export with a bad date',
    `${READWISE_HEADER}\nTartous,An article,,,,,,,,yesterday,\n`,
    /^Line 2 has a “Highlighted at” that is not a date/,
  ],
]

describe('import of a bad file: the reason in the alert, nothing written', () => {
  it.each(BAD_FILES)('%s', async (_, text, message) => {
    const app = await startImportApp()
    await app.store.create(seedTarget('Hmeymim air base'), 'green')
    const before = await app.rows()
    const writes = recordWriteTransactions()
    host.willOpen('bad.jsonld', text)
    await app.flow.start()

    expect(app.flow.phase.value).toBe('refused')
    expect(app.flow.error.value).toMatch(message)
    expect(app.flow.error.value).toMatch(/^[^\n]+\.$/)
    expect(app.flow.plan.value).toBeNull()
    expect(writes).toEqual([])
    expect(await app.rows()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
