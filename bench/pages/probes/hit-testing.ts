/**
 * Metric 5 in the page: which highlights a click lands on, with highlights painted and the
 * article scrolled to its middle. Gloss asks the browser for the caret under the point, maps it
 * to a canonical offset, looks that up in an interval tree, and confirms the few candidates by
 * their client rectangles (the app's `underPoint`: the caret snaps to the nearest text, e.g. from
 * the blank space right of a line's end); the baseline asks every range for its client
 * rectangles and tests the point against each. Clicks fall at seeded random points over the
 * text column; each side's figure is the time per click over the whole set.
 */
import { createIntervalLookup, type IntervalLookup, type TextRange } from '@renderer/anchoring'
import { containsPoint, underPoint } from '@renderer/highlights/point-in-rects'
import { paintHighlights } from '../css-highlights'
import { afterNextPaint } from '../frames'
import { article, articleElement, currentDomMap, redrawArticle } from '../lab-article'
import { spreadPassages } from '../passages'
import { seededRandom } from '../random'

interface Scene {
  readonly lookup: IntervalLookup<TextRange>
  readonly ranges: readonly Range[]
  readonly rangeOf: ReadonlyMap<TextRange, Range>
  readonly points: readonly { readonly x: number; readonly y: number }[]
}

let scene: Scene | null = null

function prepared(): Scene {
  if (!scene) throw new Error('Call hit-testing.prepare first.')
  return scene
}

/**
 * Paint the highlights, scroll to the middle and choose the click points (not timed).
 *
 * @param count - how many highlights
 * @param clicks - how many clicks each sample times
 */
export async function prepare(count: number, clicks: number): Promise<void> {
  const passages = spreadPassages(article, count, count)
  const map = redrawArticle()
  const ranges = passages.map((passage) => map.offsetsToRange(passage))
  paintHighlights(ranges)
  const scroller = document.scrollingElement ?? document.documentElement
  scroller.scrollTop = (scroller.scrollHeight - innerHeight) / 2
  await afterNextPaint()
  const column = articleElement.getBoundingClientRect()
  const random = seededRandom(clicks)
  const points = Array.from({ length: clicks }, () => ({
    x: column.left + random() * column.width,
    y: random() * innerHeight,
  }))
  const rangeOf = new Map(passages.map((passage, i) => [passage, ranges[i]]))
  scene = { lookup: createIntervalLookup(passages), ranges, rangeOf, points }
}

/** Gloss: caret → offset → interval lookup → the candidates' rectangles. */
function glossHits({ x, y }: { x: number; y: number }): number {
  const { lookup, rangeOf } = prepared()
  const caret = document.caretPositionFromPoint(x, y)
  const offset = caret ? currentDomMap().offsetAtPoint(caret.offsetNode, caret.offset) : null
  if (offset === null) return 0
  return underPoint(lookup.containing(offset), x, y, (passage) =>
    rangeOf.get(passage)!.getClientRects(),
  ).length
}

/** The baseline: every range's rectangles against the point. */
function baselineHits({ x, y }: { x: number; y: number }): number {
  let hits = 0
  for (const range of prepared().ranges) if (containsPoint(range.getClientRects(), x, y)) hits++
  return hits
}

function perClick(hitTest: (point: { x: number; y: number }) => number): { ms: number } {
  const { points } = prepared()
  const started = performance.now()
  for (const point of points) hitTest(point)
  return { ms: (performance.now() - started) / points.length }
}

export const gloss = (): { ms: number } => perClick(glossHits)
export const baseline = (): { ms: number } => perClick(baselineHits)

/** Highlights hit over all the clicks, by each side: they should mostly agree. */
export function hitCounts(): Record<'gloss' | 'baseline', number> {
  const { points } = prepared()
  const total = (hitTest: (point: { x: number; y: number }) => number): number =>
    points.reduce((sum, point) => sum + hitTest(point), 0)
  return { gloss: total(glossHits), baseline: total(baselineHits) }
}
