/**
 * Readwise's CSV export (`Highlight, Book Title, Book Author, Amazon Book ID, Note, Color, Tags,
 * Location Type, Location, Highlighted at, Document tags`), recognised by its header row, to
 * import candidates. Each row is one highlight: its text is the quote (Readwise keeps no context
 * and no offsets in Gloss's text, so the passage is found by its quote), `Note` the note, `Tags`
 * (comma-separated) the tags, `Color` one of Gloss's colours or yellow, `Highlighted at`
 * (`2024-05-01 10:00:00+00:00`) the creation time. `Book Title` says which document a row is on,
 * so the flow can keep the rows for the open article. `Document tags` are tags of the whole
 * document, not of a highlight: copying them onto every highlight would bury the reader's own
 * tags, so they are left for the library's own import of documents. Every row is checked before
 * anything is returned; problems name the file's line.
 */
import { isHighlightColor, type HighlightColor } from '@shared/annotation'
import { err, ok, type Result } from '@shared/result'
import { readCsvRecords, type CsvRecord } from './csv-records'
import { parseIsoDateTime } from './iso-date'
import { MAX_IMPORT_ANNOTATIONS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS, formatCount } from './limits'
import { checkTags } from './read-body'
import type {
  ImportBatch,
  ImportCandidate,
  ImportDocument,
  ImportOptions,
  ImportRefusal,
} from './types'

/** The columns of Readwise's export, in its order. */
export const READWISE_COLUMNS = [
  'Highlight',
  'Book Title',
  'Book Author',
  'Amazon Book ID',
  'Note',
  'Color',
  'Tags',
  'Location Type',
  'Location',
  'Highlighted at',
  'Document tags',
] as const

type Column = 'Highlight' | 'Book Title' | 'Note' | 'Color' | 'Tags' | 'Highlighted at'

function headerCells(text: string): string[] {
  const end = text.search(/\r?\n|$/)
  return text
    .slice(0, end)
    .split(',')
    .map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'))
}

/**
 * Whether the text starts with Readwise's header row: a first line naming at least three of its
 * columns, quoted or not (so an export with a column missing is still recognised, and refused
 * for it; and one a spreadsheet saved again, quoting every cell, is still read).
 *
 * @param text - the file's text, its byte order mark already dropped
 */
export function isReadwiseCsv(text: string): boolean {
  const cells = new Set(headerCells(text))
  return READWISE_COLUMNS.filter((column) => cells.has(column)).length >= 3
}

/** `Highlighted at` as Readwise writes it (a space between date and time), or ISO 8601. */
function readHighlightedAt(value: string, now: number): Result<number, string> {
  if (value.trim() === '') return ok(now)
  const time = parseIsoDateTime(value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T'))
  if (time !== null) return ok(time)
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
  return err(`has a “Highlighted at” that is not a date and time with a time zone: “${shown}”`)
}

function readColor(value: string): HighlightColor {
  const name = value.trim().toLowerCase()
  return isHighlightColor(name) ? name : 'yellow'
}

function readTags(value: string): Result<readonly string[], string> {
  const tags = value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
  return checkTags([...new Set(tags)])
}

interface ReadRow {
  readonly candidate: ImportCandidate
  readonly title: string
}

function readRow(
  cell: (column: Column) => string,
  context: { readonly newId: () => string; readonly now: number },
): Result<ReadRow, string> {
  const exact = cell('Highlight').trim()
  if (exact === '') return err('has no highlighted text (its Highlight cell is empty)')
  if (exact.length > MAX_QUOTE_CHARS) {
    return err(`has a highlight longer than ${formatCount(MAX_QUOTE_CHARS)} characters`)
  }
  const note = cell('Note')
  if (note.length > MAX_NOTE_CHARS) {
    return err(`has a note longer than ${formatCount(MAX_NOTE_CHARS)} characters`)
  }
  const tags = readTags(cell('Tags'))
  if (!tags.ok) return tags
  const createdAt = readHighlightedAt(cell('Highlighted at'), context.now)
  if (!createdAt.ok) return createdAt
  return ok({
    title: cell('Book Title'),
    candidate: {
      id: context.newId(),
      color: readColor(cell('Color')),
      note,
      tags: tags.value,
      createdAt: createdAt.value,
      updatedAt: createdAt.value,
      target: { quote: { exact, prefix: '', suffix: '' }, position: null },
    },
  })
}

function invalidRow(record: CsvRecord, problem: string): Result<never, ImportRefusal> {
  return err({ reason: 'invalid-annotation', message: `Line ${record.line} ${problem}.` })
}

/**
 * @param text - the file's text, its byte order mark already dropped; `isReadwiseCsv` holds
 * @param options - id maker and clock, for tests
 * @returns every row as a candidate, in file order, with the title of the document it is on;
 *   or why the file was refused
 */
export function readReadwiseCsv(
  text: string,
  options: ImportOptions = {},
): Result<ImportBatch, ImportRefusal> {
  const records = readCsvRecords(text, MAX_IMPORT_ANNOTATIONS + 1)
  if (!records.ok) {
    const fault = records.error
    return fault.kind === 'too-many'
      ? err({
          reason: 'too-many',
          message: `The file holds more than ${formatCount(MAX_IMPORT_ANNOTATIONS)} highlights, the most Gloss imports at once.`,
        })
      : err({ reason: 'not-csv', message: `The file is not readable CSV: ${fault.message}.` })
  }
  const [header, ...rows] = records.value
  const columns = header.cells.map((cell) => cell.trim())
  if (!columns.includes('Highlight')) {
    return err({
      reason: 'not-annotations',
      message:
        'The file looks like a Readwise CSV export, but its header has no Highlight column, so it holds no passages.',
    })
  }
  if (rows.length === 0) {
    return err({ reason: 'no-annotations', message: 'The file holds no annotations to import.' })
  }
  const context = {
    newId: options.newId ?? (() => crypto.randomUUID()),
    now: (options.now ?? new Date()).getTime(),
  }
  const annotations: ImportCandidate[] = []
  const documents = new Map<string, ImportDocument>()
  for (const record of rows) {
    if (record.cells.length !== columns.length) {
      const cells = `${formatCount(record.cells.length)} cell${record.cells.length === 1 ? '' : 's'}`
      return invalidRow(
        record,
        `has ${cells}, but the header names ${formatCount(columns.length)} columns`,
      )
    }
    const cell = (column: Column): string => {
      const at = columns.indexOf(column)
      return at === -1 ? '' : record.cells[at]
    }
    const row = readRow(cell, context)
    if (!row.ok) return invalidRow(record, row.error)
    annotations.push(row.value.candidate)
    documents.set(row.value.candidate.id, { source: '', title: row.value.title })
  }
  return ok({ annotations, pageNotes: [], sources: [], documents })
}
