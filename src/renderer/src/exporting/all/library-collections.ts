/**
 * The whole library's highlights as one file: a W3C `AnnotationCollection` (JSON-LD) or one CSV.
 * Both are built an article at a time (`add`), so the flow can pause between articles, and
 * joined once at the end. Each annotation is the one the single-article export writes
 * (`toWebAnnotation`, `csvRowCells`): its target's `source` names its article
 * (`urn:gloss:article:<id>`, which Gloss's import matches), and its `scope` is the original
 * page when the article has an address. The CSV adds the article's title and address in front
 * of each row, escaped and defused as every cell is (`csvCell`). Both come out well-formed
 * Unicode: `JSON.stringify` escapes lone surrogates, and each CSV line goes through `wellFormed`.
 */
import type { ExportInput, ExportOptions } from '@renderer/exporting/formats/types'
import {
  CSV_BOM,
  csvCell,
  csvHeaderCells,
  csvLine,
  csvRowCells,
} from '@renderer/exporting/formats/csv'
import { wellFormed } from '@renderer/exporting/formats/escape'
import { toWebAnnotation } from '@renderer/exporting/formats/json-ld'
import {
  ANNOTATION_CONTEXT,
  GLOSS_VOCABULARY,
  POSITION_UNIT,
} from '@renderer/exporting/formats/web-annotation'

/** A file built article by article. */
export interface CollectionBuilder {
  add(input: ExportInput): void
  /** The file's text. */
  finish(): string
}

/** Only `http(s):` addresses are a page a reader could open; anything else is left out. */
function pageAddress(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

/** The collection's title. */
export const LIBRARY_COLLECTION_LABEL = 'Gloss library'

/** @param exportedAt - the export's time, which names the collection */
export function libraryJsonLdBuilder(exportedAt: Date): CollectionBuilder {
  const items: string[] = []
  return {
    add(input) {
      const scope = pageAddress(input.article.library?.url)
      for (const annotation of input.annotations) {
        const item = toWebAnnotation(annotation, input)
        const shown = scope === null ? item : { ...item, target: { ...item.target, scope } }
        items.push(`      ${JSON.stringify(shown, null, 2).replace(/\n/g, '\n      ')}`)
      }
    },
    finish() {
      const id = `urn:gloss:export:library:${exportedAt.getTime()}`
      const collection = {
        '@context': [ANNOTATION_CONTEXT, { gloss: GLOSS_VOCABULARY }],
        id,
        type: 'AnnotationCollection',
        label: LIBRARY_COLLECTION_LABEL,
        total: items.length,
        'gloss:positionUnit': POSITION_UNIT,
        first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items: [] },
      }
      const shell = JSON.stringify(collection, null, 2)
      const at = shell.lastIndexOf('"items": []')
      const list = items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n    ]`
      return `${shell.slice(0, at)}"items": ${list}${shell.slice(at + '"items": []'.length)}\n`
    },
  }
}

/** The columns in front of each highlight's. */
export const ARTICLE_COLUMNS = ['Article', 'URL'] as const

/** @param options - the export's choices, which say the columns */
export function libraryCsvBuilder(options: ExportOptions): CollectionBuilder {
  const header = csvHeaderCells({
    article: { id: '', title: '', source: '' },
    annotations: [],
    exportedAt: new Date(0),
    options,
  })
  const lines = [csvLine([...ARTICLE_COLUMNS, ...header])]
  return {
    add(input) {
      const article = [csvCell(input.article.title), csvCell(input.article.library?.url ?? '')]
      for (const annotation of input.annotations) {
        // Well-formed line by line: one pass over the whole file would be one long task.
        lines.push(wellFormed(csvLine([...article, ...csvRowCells(annotation, input)])))
      }
    },
    finish: () => CSV_BOM + lines.join(''),
  }
}
