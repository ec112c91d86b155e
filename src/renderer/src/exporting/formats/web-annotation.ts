/**
 * The Web Annotation vocabulary Gloss writes and reads: context, IRIs for articles and
 * annotations, and how a highlight's colour travels. Export and import both use this file, so
 * what one writes the other reads back.
 *
 * Colour: the target (a `SpecificResource`) carries `styleClass: "gloss-<colour>"` and the
 * annotation an embedded `CssStylesheet` defining that class (W3C model 4.4), so other viewers
 * can paint it too and the class names the colour losslessly.
 */
import { isHighlightColor, type HighlightColor } from '@shared/annotation'
import { HIGHLIGHT_PAINT } from './palette'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** Prefix for Gloss's own terms in a collection (`gloss:positionUnit`). */
export const GLOSS_VOCABULARY = 'urn:gloss:vocabulary#'
/** What `TextPositionSelector` offsets count, stated in every collection Gloss writes. */
export const POSITION_UNIT = 'UTF-16 code unit'

const STYLE_CLASS_PREFIX = 'gloss-'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** @param articleId - the article's id; any string, percent-encoded into the IRI */
export function articleIri(articleId: string): string {
  return `urn:gloss:article:${encodeURIComponent(articleId)}`
}

/** @param id - an annotation's UUID */
export function annotationIri(id: string): string {
  return `urn:uuid:${id}`
}

/**
 * The UUID in a `urn:uuid:` IRI, lower-cased, or null for any other id.
 *
 * @param iri - an annotation id as found in a file
 */
export function uuidFromIri(iri: string): string | null {
  const match = /^urn:uuid:(.*)$/i.exec(iri)
  return match && UUID.test(match[1]) ? match[1].toLowerCase() : null
}

export function styleClassOf(color: HighlightColor): string {
  return STYLE_CLASS_PREFIX + color
}

/** The embedded stylesheet that gives a colour's class its paint. */
export function stylesheetOf(color: HighlightColor): { type: 'CssStylesheet'; value: string } {
  const paint = HIGHLIGHT_PAINT[color]
  return {
    type: 'CssStylesheet',
    value: `.${styleClassOf(color)} { background-color: ${paint.fill}; border-color: ${paint.edge}; }`,
  }
}

/**
 * The Gloss colour a target's `styleClass` names, or null when it names none.
 *
 * @param styleClass - the value found: a string, an array of strings, or anything else
 */
export function colorFromStyleClass(styleClass: unknown): HighlightColor | null {
  const classes = Array.isArray(styleClass) ? styleClass : [styleClass]
  for (const name of classes) {
    if (typeof name !== 'string' || !name.startsWith(STYLE_CLASS_PREFIX)) continue
    const color = name.slice(STYLE_CLASS_PREFIX.length)
    if (isHighlightColor(color)) return color
  }
  return null
}
