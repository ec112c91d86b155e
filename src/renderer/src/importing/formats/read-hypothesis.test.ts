/**
 * Hypothesis's native JSON, as its sidebar exports it and its API answers a search, from the
 * hand-written samples in `fixtures/import/hypothesis/` (see its README), and damaged versions
 * of them: each refused with a message naming the annotation and what is wrong.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAnnotationFile } from './parse-annotation-file'

const FIXTURES = join(__dirname, '../../../../../fixtures/import/hypothesis')
const sample = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>
const NOW = new Date(Date.UTC(2026, 0, 2))

function ids(): () => string {
  let n = 0
  return () => `20000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
}

const parse = (json: unknown) =>
  parseAnnotationFile(JSON.stringify(json), { newId: ids(), now: NOW })

const PAGE = 'https://www.cbc.ca/news/world/putin-syria-withdrawal-1.4445556'
/** The page as the sidebar's export names it: its `uri` and first `document.title`. */
const DOCUMENT = { source: PAGE, title: 'Putin orders Russian troops out of Syria | CBC News' }

describe('Hypothesis’s own JSON', () => {
  it('reads the sidebar’s export: highlights with notes and tags, a page note and a reply', () => {
    const result = parse(sample('sidebar-export.json'))
    expect(result).toEqual({
      ok: true,
      value: {
        sources: [PAGE],
        annotations: [
          {
            id: '20000000-0000-4000-8000-000000000001',
            color: 'yellow',
            note: 'Compare with the **2015** announcement.',
            tags: ['russia', 'syria withdrawal'],
            createdAt: Date.parse('2024-03-12T09:15:27.120Z'),
            updatedAt: Date.parse('2024-03-12T09:17:02.991Z'),
            target: {
              quote: {
                exact:
                  "Putin made the announcement during a surprise visit to\u00a0Russia's Hmeymim airbase",
                prefix: 'had achieved their mission of destroying ISIS. \n\n',
                suffix: ' about 300 kilometres northwest of',
              },
              // Hypothesis's offsets count the page's text, not the article's: not kept.
              position: null,
            },
          },
          expect.objectContaining({
            note: '',
            tags: [],
            target: expect.objectContaining({
              quote: expect.objectContaining({
                exact: 'Various international forces have made claims of defeating ISIS',
              }),
            }),
          }),
        ],
        pageNotes: [
          {
            note: 'Read alongside the Reuters report from the same day.',
            tags: ['follow-up'],
            createdAt: Date.parse('2024-03-12T09:25:44.700Z'),
            reply: false,
            document: DOCUMENT,
          },
          {
            note: 'The 2015 one was in March, too.',
            tags: [],
            createdAt: Date.parse('2024-03-13T08:02:10.000Z'),
            reply: true,
            document: DOCUMENT,
          },
        ],
        documents: new Map([
          ['20000000-0000-4000-8000-000000000001', DOCUMENT],
          ['20000000-0000-4000-8000-000000000002', DOCUMENT],
        ]),
      },
    })
  })

  it('reads an API search response', () => {
    const result = parse(sample('api-search.json'))
    expect(result.ok && result.value.annotations.map((a) => a.tags)).toEqual([['russia']])
    expect(result.ok && result.value.sources).toEqual([PAGE])
  })

  it('refuses an export whose list of annotations is not a list', () => {
    expect(parse({ ...sample('sidebar-export.json'), annotations: { a: 1 } })).toEqual({
      ok: false,
      error: {
        reason: 'not-annotations',
        message: 'The file looks like a Hypothesis export, but its annotations are not a list.',
      },
    })
    expect(parse({ total: 2, rows: 'none' })).toMatchObject({
      ok: false,
      error: { message: 'The file looks like a Hypothesis export, but its rows are not a list.' },
    })
  })

  it('refuses an export with no annotations', () => {
    expect(parse({ ...sample('sidebar-export.json'), annotations: [] })).toMatchObject({
      ok: false,
      error: { reason: 'no-annotations' },
    })
  })

  type Item = Record<string, unknown>
  const damaged: [string, (item: Item) => unknown, string][] = [
    ['a number for an annotation', () => 7, 'is a number, not a Hypothesis annotation'],
    ['a created time that is not a date', (a) => ({ ...a, created: 'yesterday' }), 'created time'],
    ['an updated time that is a number', (a) => ({ ...a, updated: 5 }), 'updated time'],
    ['a note that is not text', (a) => ({ ...a, text: { html: '<b>x</b>' } }), 'text that is not'],
    ['tags that are not a list', (a) => ({ ...a, tags: 'russia' }), 'tags that are not a list'],
    ['a tag that is a number', (a) => ({ ...a, tags: ['ok', 3] }), 'tags that are not a list'],
    ['an id that is a number', (a) => ({ ...a, id: 12 }), 'id that is not text'],
    ['a uri that is an object', (a) => ({ ...a, uri: {} }), 'uri that is not text'],
    [
      'selectors with no quote',
      (a) => ({ ...a, target: [{ source: PAGE, selector: [{ type: 'RangeSelector' }] }] }),
      'has no TextQuoteSelector',
    ],
    [
      'an empty quote',
      (a) => ({
        ...a,
        target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: '' }] }],
      }),
      'without its quoted text',
    ],
  ]

  it.each(damaged)('refuses an export with %s, naming the annotation', (_name, damage, phrase) => {
    const file = sample('sidebar-export.json')
    const items = file.annotations as Item[]
    const result = parse({ ...file, annotations: [items[0], damage(items[1])] })
    expect(result.ok).toBe(false)
    const message = result.ok ? '' : result.error.message
    expect(message).toMatch(/^Annotation 2 of 2 /)
    expect(message).toContain(phrase)
  })

  it('refuses an export that lists one annotation twice', () => {
    const file = sample('sidebar-export.json')
    const [first] = file.annotations as Item[]
    expect(parse({ ...file, annotations: [first, first] })).toMatchObject({
      ok: false,
      error: { reason: 'duplicate-id' },
    })
  })
})
