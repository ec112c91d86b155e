/**
 * The anchoring library's vocabulary: ranges of the canonical text and the outcome of placing a
 * stored annotation target on the current text. Offsets are UTF-16 code units of the article's
 * canonical text (`Article.text`).
 */

/** `[start, end)` in the canonical text, UTF-16 code units. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

/** Which step of the anchoring order placed an annotation (see README.md). */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

/** An annotation placed on the text. */
export interface Anchored extends TextRange {
  readonly method: AnchorMethod
  /**
   * How well the passage and its context agree with what was stored, from 0 to 1. Always 1
   * for `position`; for `quote` and `fuzzy` the weighted score described in README.md.
   */
  readonly score: number
}

/** An annotation whose passage is no longer in the text: keep it, list it, never move it. */
export interface Orphaned {
  readonly method: 'orphaned'
}

export type AnchorResult = Anchored | Orphaned

export function isAnchored(result: AnchorResult): result is Anchored {
  return result.method !== 'orphaned'
}
