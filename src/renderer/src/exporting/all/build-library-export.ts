/**
 * The whole library in one of three exports, as files: one Markdown file per article (each
 * `formatMarkdown` of its input, named by `exportFileNames`), one JSON-LD `AnnotationCollection`
 * of every highlight, or one CSV of every highlight. Saving them (a ZIP, a folder, a file) is
 * the caller's: this module only reads, in chunks, and formats.
 */
import type { ExportOptions } from '@renderer/exporting/formats/types'
import { exportAs } from '@renderer/exporting/formats/formats'
import { exportFileNames } from './export-file-names'
import type { ExportedFile } from './files-zip'
import {
  libraryCsvBuilder,
  libraryJsonLdBuilder,
  type CollectionBuilder,
} from './library-collections'
import {
  forEachLibraryInput,
  type ExportProgress,
  type LibraryExportSource,
} from './library-inputs'

export type LibraryExportFormat = 'markdown' | 'json-ld' | 'csv'

/** What an export made: its files and how much of the library they hold. */
export interface BuiltLibraryExport {
  readonly files: readonly ExportedFile[]
  readonly articles: number
  readonly highlights: number
}

export interface LibraryExportSettings {
  readonly exportedAt: Date
  readonly options: ExportOptions
  readonly signal?: AbortSignal
  readonly progress?: ExportProgress
}

/** `2024-05-01`, in the reader's own calendar day. */
export function exportDay(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')
}

/**
 * The name of an export of the whole library as one file.
 *
 * @param extension - `zip`, `jsonld` or `csv`
 * @param exportedAt - when
 */
export function libraryFileName(extension: string, exportedAt: Date): string {
  return `Gloss library ${exportDay(exportedAt)}.${extension}`
}

const COLLECTIONS: Record<Exclude<LibraryExportFormat, 'markdown'>, { extension: string }> = {
  'json-ld': { extension: 'jsonld' },
  csv: { extension: 'csv' },
}

/**
 * Read the library and format it.
 *
 * @param source - the reads
 * @param format - which export
 * @param settings - time, choices, cancel and progress
 */
export async function buildLibraryExport(
  source: LibraryExportSource,
  format: LibraryExportFormat,
  settings: LibraryExportSettings,
): Promise<BuiltLibraryExport> {
  const records = await source.articles()
  if (format === 'markdown') {
    const names = exportFileNames(records, '.md')
    const files: ExportedFile[] = []
    const counts = await forEachLibraryInput(
      source,
      records,
      (input) => {
        files.push({ name: names.get(input.article.id)!, text: exportAs('markdown', input) })
      },
      settings,
    )
    return { files, ...counts }
  }
  const builder: CollectionBuilder =
    format === 'json-ld'
      ? libraryJsonLdBuilder(settings.exportedAt)
      : libraryCsvBuilder(settings.options)
  const counts = await forEachLibraryInput(source, records, (input) => builder.add(input), settings)
  const name = libraryFileName(COLLECTIONS[format].extension, settings.exportedAt)
  return { files: [{ name, text: builder.finish() }], ...counts }
}
