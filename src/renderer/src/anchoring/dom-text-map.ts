/**
 * Rendered article (DOM) ⇄ canonical offsets. Built once per rendered article by walking its
 * `[data-block]` elements (the reading view's contract, see README.md), and verified against
 * the article's blocks, so a drift between the view and the model fails loudly here instead of
 * quietly misplacing highlights. Converts a Range (a reader's selection) to offsets, offsets to
 * a Range (to paint with `CSS.highlights`), and a caret point to an offset (hit-testing).
 */
import type { Article, Block } from '@shared/article'
import { firstPast } from './binary-search'
import { clusterEndAt, clusterStartAt } from './grapheme-edges'
import { BLOCK_SELECTOR, readBlockTexts } from './dom-blocks'
import type { TextRange } from './types'

const WHITESPACE = /\s/

export interface DomTextMap {
  /**
   * The canonical range a DOM range covers: clamped to the article, widened to whole
   * characters and trimmed of whitespace at both ends. Containers may be text nodes or
   * elements, inside or outside the article.
   *
   * @param range - e.g. `getSelection().getRangeAt(0)`
   * @returns the offsets, or null when the range holds no article text
   */
  rangeToOffsets(range: AbstractRange): TextRange | null
  /**
   * A DOM Range over a canonical range; block separators map to block boundaries.
   *
   * @param range - canonical offsets, clamped to the article
   */
  offsetsToRange(range: TextRange): Range
  /**
   * The canonical offset of a caret point, e.g. from `document.caretPositionFromPoint`.
   *
   * @param node - the point's node
   * @param offset - the point's offset in it
   * @returns the offset, or null when the point is not inside a block
   */
  offsetAtPoint(node: Node, offset: number): number | null
}

/**
 * Map a rendered article. Throws `DomTextMismatchError` when the DOM does not render the
 * article's blocks exactly; rebuild the map whenever the article element re-renders.
 *
 * @param root - the `<article>` element
 * @param article - the article it renders
 */
export function buildDomTextMap(root: Element, article: Article): DomTextMap {
  const { text } = article
  const document = root.ownerDocument
  const { nodes, starts, blockOf } = readBlockTexts(root, article)
  const count = nodes.length
  const endOf = (i: number): number => starts[i] + nodes[i].data.length
  const indexOf = new Map<Node, number>(nodes.map((node, i) => [node, i]))
  const probe = document.createRange()

  /** Where a text node's point lies relative to a boundary point: -1 before, 0 at, 1 after. */
  const compare = (i: number, nodeOffset: number, container: Node, offset: number): number => {
    probe.setStart(container, offset)
    probe.collapse(true)
    return probe.comparePoint(nodes[i], nodeOffset)
  }

  /** The first canonical offset at or after a boundary point. */
  const offsetAfter = (container: Node, offset: number): number => {
    const i = indexOf.get(container)
    if (i !== undefined) return starts[i] + Math.min(Math.max(0, offset), nodes[i].data.length)
    const k = firstPast(count, (j) => compare(j, 0, container, offset) >= 0)
    return k < count ? starts[k] : text.length
  }

  /** The last canonical offset at or before a boundary point. */
  const offsetBefore = (container: Node, offset: number): number => {
    const i = indexOf.get(container)
    if (i !== undefined) return starts[i] + Math.min(Math.max(0, offset), nodes[i].data.length)
    const k = firstPast(count, (j) => compare(j, nodes[j].data.length, container, offset) > 0) - 1
    return k >= 0 ? endOf(k) : 0
  }

  const trimmed = (start: number, end: number): TextRange | null => {
    while (start < end && WHITESPACE.test(text[start])) start++
    while (end > start && WHITESPACE.test(text[end - 1])) end--
    return start < end ? { start, end } : null
  }

  return {
    rangeToOffsets(range) {
      let start: number
      let end: number
      try {
        start = offsetAfter(range.startContainer, range.startOffset)
        end = offsetBefore(range.endContainer, range.endOffset)
      } catch {
        return null // A range in another document or a detached tree holds no article text.
      }
      return trimmed(clusterStartAt(text, start), clusterEndAt(text, end))
    },

    offsetsToRange(range) {
      const start = Math.min(Math.max(0, range.start), text.length)
      const end = Math.min(Math.max(start, range.end), text.length)
      const result = document.createRange()
      if (count === 0) return result
      const first = Math.min(
        firstPast(count, (j) => endOf(j) > start),
        count - 1,
      )
      result.setStart(
        nodes[first],
        Math.min(Math.max(0, start - starts[first]), nodes[first].length),
      )
      const last = firstPast(count, (j) => starts[j] >= end) - 1
      if (end > start && last >= first) {
        result.setEnd(nodes[last], Math.min(end - starts[last], nodes[last].length))
      }
      return result
    },

    offsetAtPoint(node, offset) {
      const i = indexOf.get(node)
      if (i !== undefined) {
        return clusterStartAt(text, starts[i] + Math.min(Math.max(0, offset), nodes[i].data.length))
      }
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
      const blockElement = element?.closest(BLOCK_SELECTOR)
      const block: Block | undefined = blockElement ? blockOf.get(blockElement) : undefined
      if (!block) return null
      return Math.min(Math.max(block.start, offsetAfter(node, offset)), block.end)
    },
  }
}
