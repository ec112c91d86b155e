/**
 * Readwise's CSV export, from the hand-written sample in `fixtures/import/readwise/` (see its
 * README) and small files in its shape: the header recognised from the content, quoting,
 * cells over several lines, a byte order mark, CRLF or LF line ends.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAnnotationFile } from './parse-annotation-file'
import type { ImportBatch } from './types'

const FIXTURES = join(__dirname, '../../../../../fixtures/import/readwise')
const EXPORT = readFileSync(join(FIXTURES, 'readwise-export.csv'), 'utf8')
const HEADER =
  'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags'
const NOW = new Date(Date.UTC(2026, 0, 2))
const TITLE = 'Putin Orders Russian Troops Out of Syria'

function ids(): () => string {
  let n = 0
  return () => `30000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
}

function parse(text: string): ImportBatch {
  const result = parseAnnotationFile(text, { newId: ids(), now: NOW })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** A file of the header and rows of cells, quoted the way Readwise quotes them. */
function csv(rows: string[][], newline = '\r\n'): string {
  const quote = (cell: string): string =>
    /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
  return [HEADER, ...rows.map((row) => row.map(quote).join(','))].join(newline) + newline
}

/** One row with the given Highlight, Note, Color, Tags and Highlighted at. */
function row(highlight: string, note = '', color = '', tags = '', at = ''): string[] {
  return [highlight, TITLE, 'CBC News', '', note, color, tags, 'order', '1', at, 'news']
}

describe('Readwise’s CSV export', () => {
  it('reads every row of the export: quote, note, tags, colour, time and document title', () => {
    const batch = parse(EXPORT)
    expect(batch.annotations).toHaveLength(7)
    expect(batch.annotations[0]).toEqual({
      id: '30000000-0000-4000-8000-000000000001',
      color: 'yellow',
      note: 'Compare with the 2015 "mission accomplished", and the March 2016 one:\nboth were partial.',
      tags: ['russia', 'syria withdrawal'],
      createdAt: Date.parse('2024-03-12T09:15:27Z'),
      updatedAt: Date.parse('2024-03-12T09:15:27Z'),
      target: {
        quote: {
          exact:
            "Putin made the announcement during a surprise visit to\u00a0Russia's Hmeymim airbase",
          prefix: '',
          suffix: '',
        },
        position: null,
      },
    })
    expect(batch.annotations.map((a) => a.color)).toEqual([
      // Orange is not a Gloss colour: yellow.
      ...['yellow', 'blue', 'yellow', 'pink', 'yellow', 'purple', 'green'],
    ])
    // A note that looks like a spreadsheet formula stays the text it is.
    expect(batch.annotations[1].note).toBe(
      '=SUM(A1:A2) | not a formula; `code` stays code, "quoted", commas, too',
    )
    // A highlight across a paragraph break keeps it.
    expect(batch.annotations[3].target.quote.exact).toBe(
      'addressed\u00a0Russian military service personnel.\u00a0\n\nVarious international forces have made claims of defeating ISIS',
    )
    // Document tags describe the whole document: not copied onto each highlight.
    expect(batch.annotations.flatMap((a) => a.tags)).not.toContain('news')
    expect([...batch.documents.values()].map((document) => document.title)).toEqual([
      ...[TITLE, TITLE, TITLE, TITLE],
      ...['The Dispossessed', 'The Dispossessed', "Russia's Syria campaign, two years on"],
    ])
    expect(batch.pageNotes).toEqual([])
    expect(batch.sources).toEqual([])
  })

  it('reads the same rows from LF line ends, a byte order mark, and columns in another order', () => {
    const expected = parse(EXPORT)
    expect(parse(EXPORT.replaceAll('\r\n', '\n'))).toEqual(expected)
    expect(parse(`\uFEFF${EXPORT}`)).toEqual(expected)
    const [header, ...rows] = csv([row('A passage', 'A note', 'Blue', 'a, b')]).split('\r\n')
    const swap = (line: string): string => {
      const cells = line.split(',')
      return [cells[4], ...cells.slice(0, 4), ...cells.slice(5)].join(',')
    }
    // The Tags cell is quoted and holds a comma: swap only the first five, unquoted, cells.
    const reordered = [swap(header), ...rows.map((line) => (line ? swap(line) : line))]
    const batch = parse(reordered.join('\r\n'))
    expect(batch.annotations[0]).toMatchObject({ note: 'A note', color: 'blue', tags: ['a', 'b'] })
    expect(batch.annotations[0].target.quote.exact).toBe('A passage')
  })

  it('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
    const note = 'One, "two"\r\nthree\n\n| four | `five` |'
    const batch = parse(csv([row('He said "yes", then left.', note)]))
    expect(batch.annotations[0].note).toBe(note)
    expect(batch.annotations[0].target.quote.exact).toBe('He said "yes", then left.')
  })

  it('trims the highlight, drops empty and repeated tags, and times a row without one now', () => {
    const batch = parse(csv([row('  A passage \n', '', 'YELLOW', ' a ,, b, a ', '')]))
    expect(batch.annotations[0]).toMatchObject({
      color: 'yellow',
      tags: ['a', 'b'],
      createdAt: NOW.getTime(),
      target: { quote: { exact: 'A passage' } },
    })
  })

  it('reads Highlighted at as Readwise writes it, and as ISO 8601 with a time zone', () => {
    const batch = parse(
      csv([
        row('One', '', '', '', '2024-05-01 10:00:00+00:00'),
        row('Two', '', '', '', '2024-05-01 12:30:00+02:00'),
        row('Three', '', '', '', '2024-05-01T10:00:00.250Z'),
      ]),
    )
    expect(batch.annotations.map((a) => new Date(a.createdAt).toISOString())).toEqual([
      '2024-05-01T10:00:00.000Z',
      '2024-05-01T10:30:00.000Z',
      '2024-05-01T10:00:00.250Z',
    ])
  })

  it('is recognised by its header only: other text keeps the JSON refusals', () => {
    const notJson = parseAnnotationFile('Highlight;Title;Note\nA;B;C\n')
    expect(notJson).toMatchObject({ ok: false, error: { reason: 'not-json' } })
    // A spreadsheet that saved the export again with every cell quoted: still Readwise's.
    const quoted = `${HEADER.split(',')
      .map((cell) => `"${cell}"`)
      .join(',')}\n"A passage","${TITLE}",,,,,,,,,\n`
    expect(parse(quoted).annotations.map((a) => a.target.quote.exact)).toEqual(['A passage'])
    // A JSON file whose text mentions the columns is still read as JSON.
    const json = parseAnnotationFile(JSON.stringify({ note: HEADER }))
    expect(json).toMatchObject({ ok: false, error: { reason: 'not-annotations' } })
  })
})
