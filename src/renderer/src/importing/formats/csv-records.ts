/**
 * From a CSV file's text to its records, each with the line it starts on, or to the first
 * fault papaparse found, said with its line ("line 7 opens a quoted cell that is never
 * closed"). Cells are split on commas only (no guessing of the delimiter), quoted cells may
 * hold commas, doubled quotes and line breaks, and CRLF or LF line ends both work. Lines are
 * counted so messages can point at a row whose cells run over several lines.
 */
import Papa from 'papaparse'
import { err, ok, type Result } from '@shared/result'

/** Why the records cannot be read: damage (`line 7 opens a quoted cell…`), or too many. */
export type CsvFault =
  { readonly kind: 'damaged'; readonly message: string } | { readonly kind: 'too-many' }

export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  readonly line: number
  readonly cells: readonly string[]
}

function newlinesIn(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++
  return n
}

function faultPhrase(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'opens a quoted cell that is never closed'
  if (error.code === 'InvalidQuotes') return 'has a quote inside a quoted cell that is not doubled'
  return `cannot be read as CSV (${error.message})`
}

/**
 * @param text - the file's text, its byte order mark already dropped
 * @param maxRecords - stop and refuse once the file holds more records than this
 * @returns every record but blank lines, in order; or why they cannot be read
 */
export function readCsvRecords(text: string, maxRecords: number): Result<CsvRecord[], CsvFault> {
  const records: CsvRecord[] = []
  let fault: CsvFault | null = null
  let rowStart = 0
  let line = 1
  Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    step: (row, parser) => {
      const [error] = row.errors
      if (error) {
        const at = error.index ?? rowStart
        const errorLine = line + newlinesIn(text, rowStart, Math.min(at, text.length))
        fault = { kind: 'damaged', message: `line ${errorLine} ${faultPhrase(error)}` }
        parser.abort()
        return
      }
      const blank = row.data.length === 1 && row.data[0] === ''
      if (!blank) records.push({ line, cells: row.data })
      if (records.length > maxRecords) {
        fault = { kind: 'too-many' }
        parser.abort()
        return
      }
      line += newlinesIn(text, rowStart, row.meta.cursor)
      rowStart = row.meta.cursor
    },
  })
  return fault ? err(fault) : ok(records)
}
