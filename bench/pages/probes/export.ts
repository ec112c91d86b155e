/**
 * Metric 7 in the page: exporting stored annotations of the long article to every format, the
 * way the export dialog does (`readingOrder`, then `exportAs`). One in three annotations has a
 * Markdown note and one in four has tags, so every part of each formatter does work.
 */
import { createTextIndex, describeRange } from '@renderer/anchoring'
import { EXPORT_FORMATS, exportAs, type ExportFormatId } from '@renderer/export/formats'
import { readingOrder } from '@renderer/export/reading-order'
import { HIGHLIGHT_COLORS, type Annotation } from '@shared/annotation'
import { article } from '../lab-article'
import { annotationPassages } from '../passages'

let annotations: readonly Annotation[] = []

/** @param count - how many stored annotations the next exports hold (not timed) */
export function prepare(count: number): void {
  const index = createTextIndex(article.text)
  const createdAt = Date.UTC(2026, 0, 1)
  annotations = annotationPassages(article, count, count + 2).map((passage, i) => {
    const target = describeRange(index, passage)
    if (!target) throw new Error(`No text at ${passage.start}.`)
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      articleId: article.id,
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length],
      note: i % 3 === 0 ? `A **note** on passage ${i}, with [a link](https://example.org).` : '',
      tags: i % 4 === 0 ? ['syria', `topic ${i % 7}`] : [],
      createdAt: createdAt + i * 60_000,
      updatedAt: createdAt + i * 90_000,
      target,
    }
  })
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
