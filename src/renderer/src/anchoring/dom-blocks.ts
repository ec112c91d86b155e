/**
 * Rendered article → its text nodes, block by block, checked against the article model. The
 * reading view promises that the text nodes inside each `[data-block]` element, in document
 * order, spell that block's `text` exactly; this is where the promise is verified, once per
 * render, with an error that says which block drifted and where.
 */
import type { Article, Block } from '@shared/article'

export const BLOCK_SELECTOR = '[data-block]'

/** The rendered article does not match the article model; `blockId` names the first culprit. */
export class DomTextMismatchError extends Error {
  constructor(
    readonly blockId: string | null,
    message: string,
  ) {
    super(`${message} The reading view must render every block's text exactly.`)
    this.name = 'DomTextMismatchError'
  }
}

/** The text nodes of a rendered article, in order, and where each starts in the canonical text. */
export interface BlockTexts {
  readonly nodes: readonly Text[]
  readonly starts: readonly number[]
  readonly blockOf: ReadonlyMap<Element, Block>
}

/** Shows invisible characters, so an error about a U+00A0 or a newline can be read. */
function visible(text: string): string {
  return JSON.stringify(text).replace(
    /[\u00a0\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function mismatch(block: Block, rendered: string): DomTextMismatchError {
  let at = 0
  while (at < rendered.length && rendered[at] === block.text[at]) at++
  const from = Math.max(0, at - 12)
  return new DomTextMismatchError(
    block.id,
    `Block ${block.id} renders text that differs from the article at character ${at}: ` +
      `expected ${visible(block.text.slice(from, at + 12))}, ` +
      `found ${visible(rendered.slice(from, at + 12))}.`,
  )
}

function blockElements(root: Element, article: Article): Element[] {
  const elements = Array.from(root.querySelectorAll(BLOCK_SELECTOR))
  const rendered = elements.map((element) => element.getAttribute('data-block'))
  const expected = article.blocks.map((block) => block.id)
  const nested = elements.find((element) => element.querySelector(BLOCK_SELECTOR))
  if (nested) {
    const id = nested.getAttribute('data-block')
    throw new DomTextMismatchError(id, `Block ${id} contains another [data-block] element.`)
  }
  const first = expected.findIndex((id, i) => rendered[i] !== id)
  if (first !== -1 || rendered.length !== expected.length) {
    const at = first === -1 ? expected.length : first
    throw new DomTextMismatchError(
      expected[at] ?? rendered[at] ?? null,
      `The article's [data-block] elements are ${visible(rendered.join(' '))}, ` +
        `but its blocks are ${visible(expected.join(' '))} (first difference at position ${at}).`,
    )
  }
  return elements
}

/**
 * Collect and verify the text nodes of every block, walking each block element once.
 *
 * @param root - the `<article>` element
 * @param article - the article it renders
 */
export function readBlockTexts(root: Element, article: Article): BlockTexts {
  const document = root.ownerDocument
  const nodes: Text[] = []
  const starts: number[] = []
  const blockOf = new Map<Element, Block>()
  blockElements(root, article).forEach((element, i) => {
    const block = article.blocks[i]
    blockOf.set(element, block)
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    const pieces: string[] = []
    let offset = block.start
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data
      if (data.length === 0) continue
      nodes.push(node as Text)
      starts.push(offset)
      pieces.push(data)
      offset += data.length
    }
    const rendered = pieces.join('')
    if (rendered !== block.text) throw mismatch(block, rendered)
  })
  return { nodes, starts, blockOf }
}
