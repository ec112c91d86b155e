/**
 * The lab page's one article: the long article (`?copies=`, 100 by default) drawn into the
 * page's `<article>` on load, and redrawn on demand, so a benchmark that rewrites the DOM
 * (wrapping `<mark>`s) leaves the next sample a pristine one.
 */
import { buildDomTextMap, type DomTextMap } from '@renderer/anchoring'
import { buildLongArticle } from './long-article'
import { renderArticle } from './render-article'

const copies = Number(new URLSearchParams(location.search).get('copies') ?? 100)

export const article = buildLongArticle(copies)
export const articleElement = document.querySelector('article') as HTMLElement

let map: DomTextMap = redrawArticle()

/** Draw the article afresh and map its DOM. */
export function redrawArticle(): DomTextMap {
  renderArticle(articleElement, article)
  map = buildDomTextMap(articleElement, article)
  return map
}

/** The map of the article as currently drawn. */
export function currentDomMap(): DomTextMap {
  return map
}
