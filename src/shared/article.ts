/**
 * The article model shared by main, the web host and the renderer.
 *
 * An article is a list of blocks. Their texts, in order and joined by `BLOCK_SEPARATOR`, form
 * the article's canonical text; every block knows its `[start, end)` range in it. Offsets count
 * UTF-16 code units (JavaScript string indices), which is what any exported offset means too.
 *
 * Structure and formatting never change that text. Inline formatting (emphasis, links, inline
 * pictures...) is a list of `InlineMark` ranges over a block's own text; block structure (lists,
 * block quotes, tables) is the list of `Container`s a block sits in, outermost first, so the
 * blocks stay one flat list in reading order and the view rebuilds the nesting from it
 * (`reader/block-tree.ts`). A block may have empty text (an empty table cell, a picture
 * without a caption); it still takes its place, and its separator, in the canonical text.
 */

export const BLOCK_SEPARATOR = '\n\n'

export type BlockKind =
  | 'headline'
  | 'dek'
  | 'figure'
  | 'heading'
  | 'paragraph'
  | 'attribution'
  /** Preformatted text, line breaks and spaces as written (a code listing, a poem in <pre>). */
  | 'code'

/** Sub-heading levels; the headline is the article's only level 1. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6

/**
 * Formatting over `[start, end)` of one block's text (offsets relative to the block, UTF-16).
 * Marks of one block nest properly (as the elements they came from did): two marks either do
 * not overlap or one contains the other. An `image` mark is empty (`start === end`): a picture
 * standing inside the text at that point.
 */
export type InlineMark =
  | {
      readonly kind: 'emphasis' | 'strong' | 'code' | 'subscript' | 'superscript' | 'deleted'
      readonly start: number
      readonly end: number
    }
  | {
      readonly kind: 'link'
      readonly start: number
      readonly end: number
      /** An `https:` or `mailto:` URL (see `external-url.ts`); other links keep no mark. */
      readonly href: string
    }
  | ({ readonly kind: 'image'; readonly start: number; readonly end: number } & ImageRef)

export type InlineMarkKind = InlineMark['kind']

/** A picture an article shows. */
export interface ImageRef {
  /**
   * The picture's name among the article's images: a file in `assetBase` for the bundled
   * article, a stored Blob for a library article. Null when the article keeps no picture here.
   */
  readonly image: string | null
  /** Alternative text for the picture; may be empty for a decorative one. */
  readonly alt: string
  /**
   * Where the page would have fetched the picture from, when it only linked to it on the web:
   * its host name, shown in the placeholder. Gloss never fetches it.
   */
  readonly remoteHost?: string
  /** Intrinsic size in CSS pixels when the page said, so the page does not jump as it loads. */
  readonly width?: number
  readonly height?: number
}

/**
 * A structure a block sits in. `id` is unique within the article; blocks in the same structure
 * (consecutive in reading order) share the same container object values.
 */
export type Container =
  | { readonly kind: 'quote'; readonly id: string }
  | {
      readonly kind: 'list'
      readonly id: string
      readonly ordered: boolean
      /** Number of the first item of an ordered list when not 1. */
      readonly first?: number
    }
  | { readonly kind: 'item'; readonly id: string }
  | { readonly kind: 'table'; readonly id: string }
  | { readonly kind: 'row'; readonly id: string }
  | {
      readonly kind: 'cell'
      readonly id: string
      readonly header: boolean
      readonly colSpan?: number
      readonly rowSpan?: number
    }

export type ContainerKind = Container['kind']

interface BlockBase {
  /** Stable within one article: `b0`, `b1`, ... in reading order. */
  readonly id: string
  /** The block's text exactly as written (U+00A0, dashes and quotes kept). */
  readonly text: string
  /** Offset of the block's first code unit in the canonical text. */
  readonly start: number
  /** Offset just past the block's last code unit in the canonical text. */
  readonly end: number
  /** Inline formatting over `text`; absent means plain. */
  readonly marks?: readonly InlineMark[]
  /** Structures the block sits in, outermost first; absent means top level. */
  readonly within?: readonly Container[]
}

export interface TextBlock extends BlockBase {
  readonly kind: Exclude<BlockKind, 'figure'>
  /** For `heading`: its level (absent means 2, the bundled article's section headings). */
  readonly level?: HeadingLevel
}

/**
 * A picture with its caption line. `text` is the caption line as written, credit included;
 * `caption` and `credit` split it: `text === caption + creditSeparator + '(' + credit + ')'`
 * where `creditSeparator` is the whitespace between them (kept so offsets stay exact). A
 * caption without a credit has `credit` and `creditSeparator` empty and `text === caption`; a
 * picture without a caption has all three empty.
 */
export interface FigureBlock extends BlockBase, ImageRef {
  readonly kind: 'figure'
  /** The caption without its trailing credit. */
  readonly caption: string
  /** Whitespace between caption and the opening parenthesis of the credit, as written. */
  readonly creditSeparator: string
  /** The credit, without its parentheses: `Omar Sanadiki/Reuters`; empty when none. */
  readonly credit: string
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
  /**
   * Base URL of the article's files (photos), relative to the page, ending in `/`; empty for a
   * library article, whose pictures are Blobs in the database.
   */
  readonly assetBase: string
  /** What the page said about itself; absent for the bundled article and plain text. */
  readonly meta?: ArticleMeta
}

/** Metadata an added page carries (from Readability, front matter or the file). */
export interface ArticleMeta {
  /** Author line as the page gives it. */
  readonly byline?: string
  /** The publication: `The Guardian`. */
  readonly siteName?: string
  /** The page's own address (canonical link, `og:url` or the saved-from comment). */
  readonly url?: string
  /** When the page says it was published, as written (ISO 8601 when the page used it). */
  readonly publishedTime?: string
  /** A sentence or two describing the article. */
  readonly excerpt?: string
  /** BCP 47 language tag of the text, from the page. */
  readonly lang?: string
  /** Direction of the text: `rtl` for Arabic, Hebrew, Persian... */
  readonly dir?: 'ltr' | 'rtl'
  /**
   * True when the readable article could not be told apart from the rest of the page, so the
   * whole page's text was kept and may include menus or other extra material.
   */
  readonly wholePage?: boolean
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
