/**
 * Web Annotation (JSON-LD) export: the lossless format. One `AnnotationCollection` whose
 * `first` is an embedded `AnnotationPage` holding every annotation, each a complete W3C Web
 * Annotation (its own `@context`) that passes the W3C test suite's MUST assertions and that
 * `parseAnnotationFile` (import/) reads back to the same id, selectors, colour, note, tags and
 * times. Lone surrogates survive too: `JSON.stringify` writes them as `\u` escapes.
 */
import { isoTimeOrNull } from '@shared/stored-time'
import type { ExportAnnotation, ExportInput } from './types'
import {
  ANNOTATION_CONTEXT,
  GLOSS_VOCABULARY,
  POSITION_UNIT,
  annotationIri,
  articleIri,
  styleClassOf,
  stylesheetOf,
} from './web-annotation'

interface TextualBody {
  readonly type: 'TextualBody'
  readonly value: string
  readonly purpose: 'commenting' | 'tagging'
  readonly format?: 'text/markdown'
}

/** The shape of one exported annotation. */
export interface WebAnnotation {
  readonly '@context': typeof ANNOTATION_CONTEXT
  readonly id: string
  readonly type: 'Annotation'
  readonly motivation: 'commenting' | 'highlighting'
  /** Left out for a time that is no date (see shared/stored-time.ts). */
  readonly created?: string
  readonly modified?: string
  readonly body?: readonly TextualBody[]
  readonly target: {
    readonly type: 'SpecificResource'
    readonly source: string
    readonly styleClass: string
    readonly selector: readonly [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
  readonly stylesheet: { type: 'CssStylesheet'; value: string }
}

/** The note (when included and not empty) and one body per tag (when included). */
function bodiesOf(annotation: ExportAnnotation, input: ExportInput): TextualBody[] {
  const bodies: TextualBody[] = []
  if (input.options.includeNotes && annotation.note !== '') {
    bodies.push({
      type: 'TextualBody',
      value: annotation.note,
      format: 'text/markdown',
      purpose: 'commenting',
    })
  }
  if (input.options.includeTags) {
    for (const tag of annotation.tags)
      bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' })
  }
  return bodies
}

/** `{ created: '2024-…Z' }`, or nothing for a stored time that is no date. */
function optionalTime(
  key: 'created' | 'modified',
  ms: number,
): Partial<Record<typeof key, string>> {
  const iso = isoTimeOrNull(ms)
  return iso === null ? {} : { [key]: iso }
}

/**
 * One annotation as a W3C Web Annotation.
 *
 * @param annotation - the annotation
 * @param input - the export it belongs to (article and options)
 */
export function toWebAnnotation(annotation: ExportAnnotation, input: ExportInput): WebAnnotation {
  const body = bodiesOf(annotation, input)
  const { quote, position } = annotation.target
  return {
    '@context': ANNOTATION_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting',
    ...optionalTime('created', annotation.createdAt),
    ...optionalTime('modified', annotation.updatedAt),
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: articleIri(input.article.id),
      styleClass: styleClassOf(annotation.color),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    stylesheet: stylesheetOf(annotation.color),
  }
}

/**
 * @param input - what to export
 * @returns the JSON-LD file's text: an `AnnotationCollection`, two-space indented
 */
export function formatJsonLd(input: ExportInput): string {
  const id = `urn:gloss:export:${encodeURIComponent(input.article.id)}:${input.exportedAt.getTime()}`
  const collection = {
    '@context': [ANNOTATION_CONTEXT, { gloss: GLOSS_VOCABULARY }],
    id,
    type: 'AnnotationCollection',
    label: input.article.title,
    // Which previous text of the article the quotes are from, when not the current one.
    ...(input.article.version && { 'gloss:version': input.article.version }),
    total: input.annotations.length,
    'gloss:positionUnit': POSITION_UNIT,
    first: {
      id: `${id}:page:1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: input.annotations.map((annotation) => toWebAnnotation(annotation, input)),
    },
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}
