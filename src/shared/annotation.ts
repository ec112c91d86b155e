/**
 * The annotation model: what Gloss stores for a highlight and its note, shaped after the W3C
 * Web Annotation selectors so that export and import are a change of notation, not of meaning.
 *
 * Positions are offsets in the article's canonical text (see `article.ts`), counted in UTF-16
 * code units.
 */

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT_LENGTH = 32

/** W3C TextQuoteSelector: the quoted text with up to 32 characters of context each side. */
export interface TextQuoteSelector {
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
}

/** W3C TextPositionSelector: `[start, end)` in the canonical text, UTF-16 code units. */
export interface TextPositionSelector {
  readonly start: number
  readonly end: number
}

/** Where an annotation points: both selectors, so it survives edits to the article. */
export interface AnnotationTarget {
  readonly quote: TextQuoteSelector
  readonly position: TextPositionSelector
}

/** One highlight, with its optional note and tags, as stored. */
export interface Annotation {
  /** A UUID (v4). */
  readonly id: string
  readonly articleId: string
  readonly color: HighlightColor
  /** Markdown source; empty when the highlight has no note. */
  readonly note: string
  readonly tags: readonly string[]
  /** Milliseconds since the Unix epoch. */
  readonly createdAt: number
  /** Milliseconds since the Unix epoch. */
  readonly updatedAt: number
  readonly target: AnnotationTarget
}

/** The article-level note shown at the top of the sidebar. */
export interface ArticleNote {
  readonly articleId: string
  readonly note: string
  readonly updatedAt: number
}

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value)
}

/**
 * The quote selector for `[start, end)` of `text`, with 32 characters of context each side.
 *
 * @param text - the canonical text
 * @param start - offset of the first quoted code unit
 * @param end - offset just past the last quoted code unit
 */
export function quoteSelectorAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  }
}
