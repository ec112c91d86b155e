/**
 * Article → text index: what anchoring searches, built once per article (never per
 * annotation). It needs no DOM, so import and export can anchor without a rendered article;
 * the rendered article's own map is `dom-text-map.ts`.
 */
import { buildNormalizedText, type NormalizedText } from './normalized-text'

export interface TextIndex {
  /** The article's canonical text (`Article.text`). */
  readonly text: string
  /** Its matching form, with the map back to canonical offsets. */
  readonly normalized: NormalizedText
}

/**
 * Index an article's canonical text for anchoring.
 *
 * @param text - the canonical text, `Article.text`
 */
export function createTextIndex(text: string): TextIndex {
  return { text, normalized: buildNormalizedText(text) }
}
