/**
 * Damaged Readwise CSV files, each refused with one sentence that names the line and what is
 * wrong with it (the flow then writes nothing: see `importing/import-bad-files.test.ts`).
 */
import { describe, expect, it } from 'vitest'
import { parseAnnotationFile } from './parse-annotation-file'
import type { ImportRefusalReason } from './types'

const HEADER =
  'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags'
const GOOD = 'A passage,An article,,,,yellow,,order,1,2024-05-01 10:00:00+00:00,'

const file = (...lines: string[]): string => [HEADER, ...lines].join('\n') + '\n'
/** A good row with one cell replaced (0-based), quoted. */
function withCell(index: number, value: string): string {
  const cells = GOOD.split(',')
  cells[index] = `"${value.replaceAll('"', '""')}"`
  return cells.join(',')
}

describe('bad Readwise files, each refused with a clear message', () => {
  const cases: [string, string, ImportRefusalReason, string][] = [
    [
      'a header without the Highlight column',
      `${HEADER.replace('Highlight,', '')}\n${GOOD.replace('A passage,', '')}\n`,
      'not-annotations',
      'The file looks like a Readwise CSV export, but its header has no Highlight column, so it holds no passages.',
    ],
    [
      'a quoted cell never closed',
      file(GOOD, '"A passage,An article,,,,yellow,,order,1,,', GOOD),
      'not-csv',
      'The file is not readable CSV: line 3 opens a quoted cell that is never closed.',
    ],
    [
      'a stray quote inside a quoted cell, after a cell over two lines',
      file(withCell(4, 'two\nlines'), '"A "passage",An article,,,,,,,,,'),
      'not-csv',
      'The file is not readable CSV: line 4 has a quote inside a quoted cell that is not doubled.',
    ],
    [
      'an empty Highlight',
      file(GOOD, withCell(0, '  ')),
      'invalid-annotation',
      'Line 3 has no highlighted text (its Highlight cell is empty).',
    ],
    [
      'a date Gloss cannot read',
      file(withCell(9, '30/02/2024 10:00')),
      'invalid-annotation',
      'Line 2 has a “Highlighted at” that is not a date and time with a time zone: “30/02/2024 10:00”.',
    ],
    [
      'a day that does not exist',
      file(withCell(9, '2024-02-30 10:00:00+00:00')),
      'invalid-annotation',
      'Line 2 has a “Highlighted at” that is not a date and time with a time zone: “2024-02-30 10:00:00+00:00”.',
    ],
    [
      'a time without a time zone',
      file(withCell(9, '2024-02-03 10:00:00')),
      'invalid-annotation',
      'Line 2 has a “Highlighted at” that is not a date and time with a time zone: “2024-02-03 10:00:00”.',
    ],
    [
      'a row with a cell too many',
      file(GOOD, `${GOOD},extra`),
      'invalid-annotation',
      'Line 3 has 12 cells, but the header names 11 columns.',
    ],
    [
      'a row cut short',
      file('A passage,An article'),
      'invalid-annotation',
      'Line 2 has 2 cells, but the header names 11 columns.',
    ],
    [
      'a note over the limit',
      file(withCell(4, 'x'.repeat(100_001))),
      'invalid-annotation',
      'Line 2 has a note longer than 100,000 characters.',
    ],
    [
      'a highlight over the limit',
      file(withCell(0, 'x'.repeat(200_001))),
      'invalid-annotation',
      'Line 2 has a highlight longer than 200,000 characters.',
    ],
    [
      'too many tags',
      file(withCell(6, Array.from({ length: 101 }, (_, i) => `t${i}`).join(', '))),
      'invalid-annotation',
      'Line 2 has more than 100 tags.',
    ],
    [
      'too many rows',
      file(...Array.from({ length: 10_001 }, () => GOOD)),
      'too-many',
      'The file holds more than 10,000 highlights, the most Gloss imports at once.',
    ],
    [
      'only the header',
      `${HEADER}\r\n`,
      'no-annotations',
      'The file holds no annotations to import.',
    ],
  ]

  it.each(cases)('%s', (_, text, reason, message) => {
    expect(parseAnnotationFile(text)).toEqual({ ok: false, error: { reason, message } })
  })
})
