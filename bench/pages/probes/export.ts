/**
 * Metric 7 in the page: exporting stored annotations of the long article to every format, the
 * way the export dialog does (`readingOrder`, then `exportAs`). One in three annotations has a
 * Markdown note and one in four has tags, so every part of each formatter does work.
 */
import { EXPORT_FORMATS, exportAs, type ExportFormatId } from '@renderer/exporting/formats/formats'
import { readingOrder } from '@renderer/exporting/formats/reading-order'
import type { Annotation } from '@shared/annotation'
import { article } from '../lab-article'
import { storedAnnotations } from '../stored-annotations'

let annotations: readonly Annotation[] = []

/** @param count - how many stored annotations the next exports hold (not timed) */
export function prepare(count: number): void {
  annotations = storedAnnotations(article, count, count + 2)
}

/** The ids of the formats, in the dialog's order. */
export function formats(): ExportFormatId[] {
  return EXPORT_FORMATS.map((format) => format.id)
}

/** @param id - the format to export to; returns the time taken and the file's length */
export function exportTo(id: ExportFormatId): { ms: number; characters: number } {
  const started = performance.now()
  const text = exportAs(id, {
    article,
    annotations: readingOrder(article, annotations),
    exportedAt: new Date(),
    options: { includeNotes: true, includeTags: true },
  })
  return { ms: performance.now() - started, characters: text.length }
}
