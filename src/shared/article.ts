/**
 * The article model shared by main, the web host and the renderer.
 *
 * An article is a list of blocks. Their texts, in order and joined by `BLOCK_SEPARATOR`, form
 * the article's canonical text; every block knows its `[start, end)` range in it. Offsets count
 * UTF-16 code units (JavaScript string indices), which is what any exported offset means too.
 */

export const BLOCK_SEPARATOR = '\n\n'

export type BlockKind = 'headline' | 'dek' | 'figure' | 'heading' | 'paragraph' | 'attribution'

interface BlockBase {
  /** Stable within one article: `b0`, `b1`, ... in reading order. */
  readonly id: string
  /** The block's text exactly as written (U+00A0, dashes and quotes kept). */
  readonly text: string
  /** Offset of the block's first code unit in the canonical text. */
  readonly start: number
  /** Offset just past the block's last code unit in the canonical text. */
  readonly end: number
}

export interface TextBlock extends BlockBase {
  readonly kind: Exclude<BlockKind, 'figure'>
}

/**
 * A photo with its caption line. `text` is the caption line as written, credit included;
 * `caption` and `credit` split it: `text === caption + creditSeparator + '(' + credit + ')'`
 * where `creditSeparator` is the whitespace between them (kept so offsets stay exact).
 */
export interface FigureBlock extends BlockBase {
  readonly kind: 'figure'
  /** The caption without its trailing credit. */
  readonly caption: string
  /** Whitespace between caption and the opening parenthesis of the credit, as written. */
  readonly creditSeparator: string
  /** The credit, without its parentheses: `Omar Sanadiki/Reuters`. */
  readonly credit: string
  /** Image file name inside the article folder, or null when the article ships no image. */
  readonly image: string | null
  /** Alternative text for the image. */
  readonly alt: string
}

export type Block = TextBlock | FigureBlock

export interface Article {
  /** Stable identifier: the annotations of this article are keyed by it. */
  readonly id: string
  readonly title: string
  /** Where the article came from, for exports (publication or URL); may be empty. */
  readonly source: string
  readonly blocks: readonly Block[]
  /** The canonical text: every block's `text`, joined by `BLOCK_SEPARATOR`. */
  readonly text: string
  /** Base URL of the article's files (photos), relative to the page, ending in `/`. */
  readonly assetBase: string
}

/** Words in the canonical text, counted the way readers count them (runs of non-space). */
export function countWords(text: string): number {
  const matches = text.match(/[^\s\u00a0]+/g)
  return matches ? matches.length : 0
}

/** Minutes to read at an unhurried 230 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230))
}
