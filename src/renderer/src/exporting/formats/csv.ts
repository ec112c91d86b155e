/**
 * CSV export for spreadsheets: a header and one row per highlight, RFC 4180 (CRLF line ends,
 * fields with a comma, quote or line break quoted, quotes doubled). Cells that a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`, so an
 * imported or hostile note can never compute or fetch anything. The file starts with a UTF-8
 * byte order mark because Excel otherwise reads UTF-8 as the system code page and garbles every
 * accent, emoji and non-Latin script; other spreadsheets ignore it.
 */
import { isoTimeOrNull } from '@shared/stored-time'
import { COLOR_LABELS, shownNote, shownTags } from './content'
import type { ExportAnnotation, ExportInput } from './types'

const BOM = '\uFEFF'
const CRLF = '\r\n'
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/**
 * One cell: neutralised against formulas, then quoted when RFC 4180 requires it.
 *
 * @param value - the cell's text
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

interface Column {
  readonly header: string
  readonly value: (annotation: ExportAnnotation, input: ExportInput) => string
}

/** An empty cell for a stored time that is no date (see shared/stored-time.ts). */
const iso = (ms: number): string => isoTimeOrNull(ms) ?? ''

const COLUMNS: readonly Column[] = [
  { header: 'Quote', value: (a) => a.target.quote.exact },
  { header: 'Note', value: (a, input) => shownNote(a, input.options) },
  { header: 'Tags', value: (a, input) => shownTags(a, input.options).join(', ') },
  { header: 'Colour', value: (a) => COLOR_LABELS[a.color] },
  { header: 'Section', value: (a) => a.section },
  // An en dash, not a hyphen: Excel turns `12-30` into a date.
  { header: 'Position', value: (a) => `${a.target.position.start}–${a.target.position.end}` },
  { header: 'Created', value: (a) => iso(a.createdAt) },
  { header: 'Modified', value: (a) => iso(a.updatedAt) },
]

/** Which previous text of the article a row quotes: only in the export of a version. */
const VERSION_COLUMN: Column = {
  header: 'Version',
  value: (_a, input) => input.article.version ?? '',
}

/**
 * The columns the options ask for: no Note column without notes, no Tags without tags, and a
 * Version column (CSV has no header of its own) in the export of a previous version.
 */
function columnsFor(input: ExportInput): Column[] {
  const columns = COLUMNS.filter(
    (column) =>
      (column.header !== 'Note' || input.options.includeNotes) &&
      (column.header !== 'Tags' || input.options.includeTags),
  )
  return input.article.version ? [...columns, VERSION_COLUMN] : columns
}

/**
 * The header cells of a CSV export, for the options chosen.
 *
 * @param input - what to export (its options)
 */
export function csvHeaderCells(input: ExportInput): string[] {
  return columnsFor(input).map((column) => csvCell(column.header))
}

/**
 * One highlight's cells, in the order of `csvHeaderCells`, each made safe (`csvCell`).
 *
 * @param annotation - the highlight
 * @param input - the export it belongs to
 */
export function csvRowCells(annotation: ExportAnnotation, input: ExportInput): string[] {
  return columnsFor(input).map((column) => csvCell(column.value(annotation, input)))
}

/** The start of a CSV file: the byte order mark Excel needs. */
export const CSV_BOM = BOM

/** @param cells - one row's cells, already made safe */
export function csvLine(cells: readonly string[]): string {
  return cells.join(',') + CRLF
}

/**
 * @param input - what to export
 * @returns the CSV file's text: BOM, header row, one row per highlight, every row ending CRLF
 */
export function formatCsv(input: ExportInput): string {
  const rows = [
    csvHeaderCells(input),
    ...input.annotations.map((annotation) => csvRowCells(annotation, input)),
  ]
  return BOM + rows.map(csvLine).join('')
}
