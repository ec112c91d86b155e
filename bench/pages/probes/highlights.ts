/**
 * Metrics 3 and 8 in the page: painting and clearing highlights over the long article, Gloss's
 * way (`CSS.highlights`) against wrapping the same passages in `<mark>` elements, each side
 * timed from the passages' offsets until the frame showing the change has painted. Every sample starts from a
 * freshly drawn article, so the DOM the marks split never carries over.
 */
import type { DomTextMap, TextRange } from '@renderer/anchoring'
import { clearHighlights, paintHighlights } from '../css-highlights'
import { afterNextPaint, collectGarbage, timeUntilPainted } from '../frames'
import { article, articleElement, redrawArticle } from '../lab-article'
import { unwrapMarks, wrapInMarks } from '../mark-highlights'
import { spreadPassages } from '../passages'

let passages: readonly TextRange[] = []

/** @param count - how many highlights the next measurements paint */
export function prepare(count: number): void {
  passages = spreadPassages(article, count, count)
}

/**
 * A pristine article, laid out and painted before the clock starts, and its DOM map. The heap
 * is collected too: Ranges left from an earlier sample stay attached to the document until
 * then, and every DOM change (the baseline's) would pay for updating them.
 */
async function freshArticle(): Promise<DomTextMap> {
  clearHighlights()
  const map = redrawArticle()
  collectGarbage()
  await afterNextPaint()
  return map
}

/** Gloss: offsets to ranges, ranges registered as highlights; then cleared. */
export async function gloss(): Promise<{ apply: number; clear: number }> {
  const map = await freshArticle()
  const apply = await timeUntilPainted(() =>
    paintHighlights(passages.map((passage) => map.offsetsToRange(passage))),
  )
  const clear = await timeUntilPainted(clearHighlights)
  return { apply, clear }
}

/** The baseline: the same passages wrapped in marks, then unwrapped. */
export async function baseline(): Promise<{ apply: number; clear: number }> {
  await freshArticle()
  let marks: HTMLElement[] = []
  const apply = await timeUntilPainted(() => {
    marks = wrapInMarks(articleElement, article, passages)
  })
  const clear = await timeUntilPainted(() => unwrapMarks(marks))
  return { apply, clear }
}

/**
 * Leave `count` highlights painted on a fresh article (for the scrolling and memory figures).
 *
 * @param count - how many; 0 leaves none
 */
export async function paint(count: number): Promise<void> {
  prepare(count)
  const map = await freshArticle()
  paintHighlights(passages.map((passage) => map.offsetsToRange(passage)))
  await afterNextPaint()
}
