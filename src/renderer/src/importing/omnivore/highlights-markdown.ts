/**
 * An Omnivore export's `highlights/<slug>.md` → its highlights and page notes. Omnivore wrote
 * each highlight as a block quote (`> ` + the quote, a `> ` line for each paragraph break),
 * then a paragraph of its labels (`#label #other`) when it had any, then its note; a note on
 * the whole page as its text alone; all joined by blank lines (see
 * `fixtures/import/omnivore/README.md`). The file is split into blocks by markdown-it (a
 * CommonMark parser: it knows where a block quote ends and a lazy line continues it), and each
 * block is read from its own source lines, so a note keeps its Markdown as written and a quote
 * its characters (`*`, `_` and backticks are text in a quote, not emphasis).
 */
import MarkdownIt from 'markdown-it'

export interface OmnivoreHighlight {
  /** The passage, its paragraph breaks as blank lines. */
  readonly quote: string
  readonly labels: readonly string[]
  /** The note's Markdown source, '' when there is none. */
  readonly note: string
}

export interface OmnivoreHighlights {
  readonly highlights: readonly OmnivoreHighlight[]
  /** Text before the first highlight: notes on the whole page. */
  readonly pageNotes: readonly string[]
}

/** A top-level block, by its source lines `[start, end)`. */
interface Block {
  readonly quote: boolean
  readonly start: number
  readonly end: number
}

const parser = new MarkdownIt('commonmark')

function topLevelBlocks(text: string): Block[] {
  const blocks: Block[] = []
  for (const token of parser.parse(text, {})) {
    if (token.level !== 0 || token.nesting === -1 || !token.map) continue
    const [start, end] = token.map
    blocks.push({ quote: token.type === 'blockquote_open', start, end })
  }
  return blocks
}

/** A quote's lines without their `>`: a `>` line after the first began a new paragraph. */
function quoteText(lines: readonly string[]): string {
  return lines
    .map((line, i) => {
      const marked = /^ {0,3}> ?/.exec(line)
      const text = marked ? line.slice(marked[0].length) : line
      return i === 0 ? text : `${marked ? '\n\n' : '\n'}${text}`
    })
    .join('')
    .trim()
}

/** `#Sea #night shift` → `['Sea', 'night shift']`; null for a line that is not labels. */
function labelsOf(lines: readonly string[]): string[] | null {
  if (lines.length !== 1 || !/^#[^\s#]/.test(lines[0])) return null
  return lines[0]
    .trim()
    .slice(1)
    .split(/ #(?=[^\s#])/)
    .map((label) => label.trim())
    .filter((label) => label !== '')
}

/**
 * @param text - the highlights file, decoded
 */
export function readHighlightsMarkdown(text: string): OmnivoreHighlights {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const source = (block: Block): string[] => lines.slice(block.start, block.end)
  const sourceText = (blocks: readonly Block[]): string =>
    blocks.length === 0
      ? ''
      : lines
          .slice(blocks[0].start, blocks[blocks.length - 1].end)
          .join('\n')
          .trim()
  const highlights: OmnivoreHighlight[] = []
  const pageNotes: string[] = []
  const blocks = topLevelBlocks(lines.join('\n'))
  const firstQuote = blocks.findIndex((block) => block.quote)
  const before = firstQuote === -1 ? blocks : blocks.slice(0, firstQuote)
  // Each page note ended with a blank line, so they cannot be told apart: one note in all.
  const beforeText = sourceText(before)
  if (beforeText !== '') pageNotes.push(beforeText)
  if (firstQuote === -1) return { highlights, pageNotes }
  let i = firstQuote
  while (i < blocks.length) {
    const quote = quoteText(source(blocks[i]))
    let next = i + 1
    const labels =
      next < blocks.length && !blocks[next].quote ? labelsOf(source(blocks[next])) : null
    if (labels) next++
    const noteStart = next
    while (next < blocks.length && !blocks[next].quote) next++
    highlights.push({
      quote,
      labels: labels ?? [],
      note: sourceText(blocks.slice(noteStart, next)),
    })
    i = next
  }
  return { highlights, pageNotes }
}
