/**
 * The export formats the dialog offers, in the order it lists them: label for the radio group,
 * file extension and MIME type for saving, and the formatter. `exportAs` is the one entry point
 * the dialog needs: it also makes the text well-formed Unicode (see `wellFormed`), so the
 * preview, the clipboard and the saved file hold the same characters.
 */
import { formatCsv } from './csv'
import { wellFormed } from './escape'
import { formatHtml } from './html'
import { formatJsonLd } from './json-ld'
import { formatMarkdown } from './markdown'
import { formatPlainText } from './plain-text'
import type { ExportFormatter, ExportInput } from './types'

export type ExportFormatId = 'markdown' | 'json-ld' | 'html' | 'csv' | 'text'

export interface ExportFormat {
  readonly id: ExportFormatId
  /** The radio button's label. */
  readonly label: string
  /** File name extension, without the dot. */
  readonly extension: string
  readonly mimeType: string
  readonly format: ExportFormatter
  /** Whether it puts each highlight's gloss:// link beside its quote when asked to. */
  readonly carriesLinks: boolean
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown',
    extension: 'md',
    mimeType: 'text/markdown',
    format: formatMarkdown,
    carriesLinks: true,
  },
  {
    id: 'json-ld',
    label: 'Web Annotation (JSON-LD)',
    extension: 'jsonld',
    mimeType: 'application/ld+json',
    format: formatJsonLd,
    carriesLinks: false,
  },
  {
    id: 'html',
    label: 'HTML',
    extension: 'html',
    mimeType: 'text/html',
    format: formatHtml,
    carriesLinks: true,
  },
  {
    id: 'csv',
    label: 'CSV',
    extension: 'csv',
    mimeType: 'text/csv',
    format: formatCsv,
    carriesLinks: false,
  },
  {
    id: 'text',
    label: 'Plain text',
    extension: 'txt',
    mimeType: 'text/plain',
    format: formatPlainText,
    carriesLinks: false,
  },
]

/** @param id - a format id */
export function exportFormat(id: ExportFormatId): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.id === id)
  if (!format) throw new Error(`Unknown export format: ${id}`)
  return format
}

/**
 * The file's text in the chosen format.
 *
 * @param id - the format
 * @param input - what to export
 */
export function exportAs(id: ExportFormatId, input: ExportInput): string {
  return wellFormed(exportFormat(id).format(input))
}
