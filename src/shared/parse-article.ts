/**
 * Plain-text article parser: turns the text of an article file into the block model of
 * `article.ts`. Pure (no DOM, no Node), so main, the web build and the renderer's importer share
 * it.
 *
 * The shape it understands is the one news sites give when an article is saved as text: blocks
 * separated by blank lines; the first block is the headline; a block ending in a parenthesised
 * credit with a slash, `(Name/Agency)`, is a photo caption (a figure); the blocks between the
 * headline and a figure that comes within the first few blocks are the standfirst (dek); a short
 * line without closing punctuation is a section heading; a last block starting "With files
 * from" is the attribution; everything else is a paragraph. Hard-wrapped lines inside a block
 * are joined with a space; everything else is kept exactly as written.
 */
import { BLOCK_SEPARATOR, type Article, type Block, type BlockKind } from './article'
import { fail, ok, type Result, type HostError } from './result'

export interface ParseOptions {
  /** Identifier the annotations of this article are keyed by. */
  readonly id: string
  /** Publication or URL the article came from; may be empty. */
  readonly source?: string
  /** Image files for the figures, in order; a figure beyond the list has no image. */
  readonly images?: readonly string[]
  /** Base URL of the article's files, ending in `/`. */
  readonly assetBase?: string
}

/** A figure that comes later than this block index does not mark the end of a standfirst. */
const MAX_DEK_END = 4
const MAX_HEADING_LENGTH = 80
const CAPTION = /^([\s\S]*?\S)(\s+)\(([^()\n]+\/[^()\n]+)\)$/
const ATTRIBUTION = /^(with (additional )?(files|reporting) from|reporting by)\b/i
/** Closing punctuation that marks a sentence, not a heading. */
const SENTENCE_END = /[.!?:;,"'\u201d\u2019\u2026)]$/

/** Split into raw blocks: runs of non-blank lines, wrapped lines joined by one space. */
function splitBlocks(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  const blocks: string[] = []
  let current: string[] = []
  const flush = (): void => {
    if (current.length > 0) blocks.push(current.join(' '))
    current = []
  }
  for (const line of lines) {
    if (line.trim() === '') flush()
    else if (current.length === 0) current.push(line.replace(/^[ \t]+/, ''))
    else {
      const last = current.length - 1
      current[last] = current[last].replace(/[ \t]+$/, '')
      current.push(line.replace(/^[ \t]+/, ''))
    }
  }
  flush()
  return blocks
}

function isHeading(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(trimmed)
}

/** The caption's first sentence: a fair description of the photo for assistive technology. */
function altFromCaption(caption: string): string {
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(caption)
  return (sentence ? sentence[0] : caption).trim()
}

function classify(raw: readonly string[]): BlockKind[] {
  const kinds: BlockKind[] = raw.map((text, i) => {
    if (i === 0) return 'headline'
    if (CAPTION.test(text.replace(/[ \t]+$/, ''))) return 'figure'
    return 'paragraph'
  })
  const last = raw.length - 1
  if (last > 0 && kinds[last] === 'paragraph' && ATTRIBUTION.test(raw[last])) {
    kinds[last] = 'attribution'
  }
  const firstFigure = kinds.indexOf('figure')
  const dekEnd = firstFigure > 0 && firstFigure <= MAX_DEK_END ? firstFigure : 1
  for (let i = 1; i < dekEnd; i++) if (kinds[i] === 'paragraph') kinds[i] = 'dek'
  for (let i = dekEnd; i < last; i++) {
    if (kinds[i] === 'paragraph' && isHeading(raw[i])) kinds[i] = 'heading'
  }
  return kinds
}

/**
 * Parse a plain-text article.
 *
 * @param text - the file's text (any line ends; a leading BOM is dropped)
 * @param options - identity, source and image files of the article
 * @returns the article, or a clear error when there is nothing to read
 */
export function parseArticle(text: string, options: ParseOptions): Result<Article, HostError> {
  const raw = splitBlocks(text)
  if (raw.length === 0) {
    return fail('invalid-payload', 'The article is empty: it has no text to show.')
  }
  const kinds = classify(raw)
  const images = options.images ?? []
  const blocks: Block[] = []
  let offset = 0
  let figureIndex = 0
  raw.forEach((rawText, i) => {
    const kind = kinds[i]
    const id = `b${i}`
    if (kind === 'figure') {
      const text = rawText.replace(/[ \t]+$/, '')
      const [, caption, creditSeparator, credit] = CAPTION.exec(text) as RegExpExecArray
      blocks.push({
        kind,
        id,
        text,
        start: offset,
        end: offset + text.length,
        caption,
        creditSeparator,
        credit,
        image: images[figureIndex] ?? null,
        alt: altFromCaption(caption),
      })
      figureIndex++
      offset += text.length
    } else {
      blocks.push({ kind, id, text: rawText, start: offset, end: offset + rawText.length })
      offset += rawText.length
    }
    offset += BLOCK_SEPARATOR.length
  })
  return ok({
    id: options.id,
    title: blocks[0].text.trim(),
    source: options.source ?? '',
    blocks,
    text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR),
    assetBase: options.assetBase ?? '',
  })
}
