/**
 * The sidebar's filters (colours, one tag, free text) → which annotations are shown. Free text
 * is compared in matching form (whitespace runs as one space, NFC, see `normalizeForMatching`)
 * and without case, against the quote, the note and the tags.
 */
import type { Annotation, HighlightColor } from '@shared/annotation'
import { normalizeForMatching } from '@renderer/anchoring'

export interface AnnotationFilter {
  /** Colours to show; empty shows every colour. */
  readonly colors: ReadonlySet<HighlightColor>
  /** A tag the annotation must carry, or null for any. */
  readonly tag: string | null
  /** Words the quote, note or tags must contain; empty for any. */
  readonly text: string
}

export const NO_FILTER: AnnotationFilter = { colors: new Set(), tag: null, text: '' }

/** @param filter - the filters in force */
export function isFiltering(filter: AnnotationFilter): boolean {
  return filter.colors.size > 0 || filter.tag !== null || filter.text.trim() !== ''
}

function searchable(text: string): string {
  return normalizeForMatching(text).toLowerCase()
}

// Annotations are immutable objects: their searchable text is worked out once each.
const searchableText = new WeakMap<Annotation, string>()

function textOf(annotation: Annotation): string {
  let text = searchableText.get(annotation)
  if (text === undefined) {
    text = searchable(
      [annotation.target.quote.exact, annotation.note, ...annotation.tags].join('\n'),
    )
    searchableText.set(annotation, text)
  }
  return text
}

/**
 * A test for the given filters, to run over many annotations.
 *
 * @param filter - the filters in force
 */
export function annotationMatcher(filter: AnnotationFilter): (annotation: Annotation) => boolean {
  const words = searchable(filter.text).split(' ').filter(Boolean)
  const { colors, tag } = filter
  return (annotation) =>
    (colors.size === 0 || colors.has(annotation.color)) &&
    (tag === null || annotation.tags.includes(tag)) &&
    (words.length === 0 || words.every((word) => textOf(annotation).includes(word)))
}
