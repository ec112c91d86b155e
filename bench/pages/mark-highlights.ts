/**
 * The baseline way of painting highlights, as the Hypothesis client and most annotators do it:
 * the text each highlight covers is split out of its text nodes and wrapped in a `<mark>`;
 * clearing puts the text back. Written for the benchmark, from canonical offsets and without
 * live DOM Ranges: the browser updates every live Range whenever a text node is split, which
 * with 10,000 of them alive would make wrapping quadratic, a cost Hypothesis (one short-lived
 * Range per highlight) does not pay either. The last passage is wrapped first, so each text node indexed before any split
 * still starts where it did (a split keeps the node as its first part).
 */
import type { Article } from '@shared/article'
import type { TextRange } from '@renderer/anchoring'
import { COLOURS } from './css-highlights'

interface TextPiece {
  readonly node: Text
  /** Canonical offset of the node's first character. */
  readonly start: number
}

/** The article's text nodes in order, with their canonical offsets. */
function indexTextNodes(root: Element, article: Article): TextPiece[] {
  const blocks = new Map(article.blocks.map((block) => [block.id, block]))
  const pieces: TextPiece[] = []
  for (const element of root.querySelectorAll<HTMLElement>('[data-block]')) {
    let start = blocks.get(element.dataset.block ?? '')?.start ?? 0
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      pieces.push({ node, start })
      start += node.length
    }
  }
  return pieces
}

/** Index of the last piece starting before `offset`. */
function lastPieceBefore(pieces: readonly TextPiece[], offset: number): number {
  let low = -1
  let high = pieces.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (pieces[middle].start < offset) low = middle
    else high = middle - 1
  }
  return low
}

function wrap(node: Text, className: string): HTMLElement {
  const mark = document.createElement('mark')
  mark.className = className
  node.replaceWith(mark)
  mark.append(node)
  return mark
}

/**
 * Wrap passages of the freshly drawn article in `<mark>` elements, sharing them out over the
 * colours in turn.
 *
 * @param root - the `<article>` element
 * @param article - the article it renders
 * @param passages - canonical ranges
 * @returns the marks, for `unwrapMarks`
 */
export function wrapInMarks(
  root: Element,
  article: Article,
  passages: readonly TextRange[],
): HTMLElement[] {
  const pieces = indexTextNodes(root, article)
  const order = passages.map((_, i) => i).sort((a, b) => passages[b].start - passages[a].start)
  const marks: HTMLElement[] = []
  for (const p of order) {
    const { start, end } = passages[p]
    const className = `bench-${COLOURS[p % COLOURS.length]}`
    for (let i = lastPieceBefore(pieces, end); i >= 0; i--) {
      const piece = pieces[i]
      const from = Math.max(0, start - piece.start)
      const to = Math.min(end - piece.start, piece.node.length)
      if (from < to) {
        if (to < piece.node.length) piece.node.splitText(to)
        marks.push(wrap(from > 0 ? piece.node.splitText(from) : piece.node, className))
      }
      if (piece.start <= start) break
    }
  }
  return marks
}

/** @param marks - from `wrapInMarks`; their text goes back where they were */
export function unwrapMarks(marks: readonly HTMLElement[]): void {
  for (const mark of marks) mark.replaceWith(...mark.childNodes)
}
