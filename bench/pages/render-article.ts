/**
 * Article → DOM under the reading view's contract (see anchoring/README.md): one `<article>`
 * holding only the blocks, each block one element with `data-block`, its text nodes spelling
 * the block's text, figures as `<figure>` with the caption block in `<figcaption>`. The bench
 * pages draw the long article this way, without Vue, so they measure the anchoring and painting
 * code on the same DOM shape and CSS classes the app renders.
 */
import type { Article, Block } from '@shared/article'
import { figcaptionContent } from '@renderer/anchoring/fixtures/render-article'

function element(tag: string, block: Block, className?: string): HTMLElement {
  const node = document.createElement(tag)
  node.dataset.block = block.id
  if (className) node.className = className
  node.textContent = block.text
  return node
}

function figureElement(block: Extract<Block, { kind: 'figure' }>): HTMLElement {
  const figure = document.createElement('figure')
  figure.className = 'reader-figure'
  const caption = document.createElement('figcaption')
  caption.dataset.block = block.id
  caption.append(...figcaptionContent(document, block))
  figure.append(caption)
  return figure
}

function blockElement(block: Block): HTMLElement {
  switch (block.kind) {
    case 'headline': {
      const headline = element('h1', block)
      headline.setAttribute('elementtiming', 'headline')
      return headline
    }
    case 'dek':
      return element('p', block, 'dek')
    case 'figure':
      return figureElement(block)
    case 'heading':
      return element('h2', block)
    case 'attribution':
      return element('p', block, 'attribution')
    case 'paragraph':
      return element('p', block)
    case 'code':
      return element('pre', block)
  }
}

/**
 * Replace the content of `root` with the article's blocks.
 *
 * @param root - the `<article>` element
 * @param article - the parsed article
 */
export function renderArticle(root: HTMLElement, article: Article): void {
  root.replaceChildren(...article.blocks.map(blockElement))
}
