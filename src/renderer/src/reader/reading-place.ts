/**
 * Converts between the scroll position of the page and a place in the article: the block at the
 * reading line (just under the sticky toolbar) and how far into it the line falls. A place
 * survives a changed window width or font size, where a pixel offset or a page ratio would land
 * on another passage once the text reflows.
 */
import type { ReadingPlace } from '@renderer/stores/article'

const clamp = (value: number): number => Math.min(1, Math.max(0, value))

/**
 * Distance from the top of the viewport to the reading line: the stylesheet's
 * `scroll-padding-top`, which is the height of the sticky toolbar.
 */
export function readingLineOffset(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
}

/** A figure's block is its caption, but a reader's place is the whole figure, photo included. */
function boxOf(block: HTMLElement): HTMLElement {
  return block.closest('figure') ?? block
}

/**
 * How far through the article the reader is: 0 with its top at the reading line, 1 with its
 * end at the bottom of the viewport.
 *
 * @param article - the `<article>` element
 * @param readingLine - see `readingLineOffset`
 * @param viewportHeight - `innerHeight`
 */
export function articleProgress(
  article: HTMLElement,
  readingLine: number,
  viewportHeight: number,
): number {
  const rect = article.getBoundingClientRect()
  const travel = rect.height - (viewportHeight - readingLine)
  return travel <= 0 ? 1 : clamp((readingLine - rect.top) / travel)
}

/**
 * The reader's place: the first block not yet scrolled past the reading line.
 *
 * @param article - the `<article>` element
 * @param readingLine - see `readingLineOffset`
 * @param viewportHeight - `innerHeight`
 */
export function measurePlace(
  article: HTMLElement,
  readingLine: number,
  viewportHeight: number,
): ReadingPlace | null {
  const progress = articleProgress(article, readingLine, viewportHeight)
  for (const block of article.querySelectorAll<HTMLElement>('[data-block]')) {
    const rect = boxOf(block).getBoundingClientRect()
    if (rect.bottom > readingLine && block.dataset.block) {
      const blockFraction = rect.height > 0 ? clamp((readingLine - rect.top) / rect.height) : 0
      return { blockId: block.dataset.block, blockFraction, progress }
    }
  }
  return null
}

/**
 * The window scroll offset that puts a place back at the reading line; falls back to the
 * progress ratio when the block is gone (the article changed).
 *
 * @param place - a place from `measurePlace`
 * @param article - the `<article>` element
 * @param readingLine - see `readingLineOffset`
 * @param viewportHeight - `innerHeight`
 */
export function scrollOffsetFor(
  place: ReadingPlace,
  article: HTMLElement,
  readingLine: number,
  viewportHeight: number,
): number {
  const blocks = [...article.querySelectorAll<HTMLElement>('[data-block]')]
  const block = blocks.find((element) => element.dataset.block === place.blockId)
  if (block) {
    const rect = boxOf(block).getBoundingClientRect()
    return scrollY + rect.top + place.blockFraction * rect.height - readingLine
  }
  const rect = article.getBoundingClientRect()
  const travel = Math.max(0, rect.height - (viewportHeight - readingLine))
  return scrollY + rect.top - readingLine + place.progress * travel
}
