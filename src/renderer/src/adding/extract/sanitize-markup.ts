/**
 * Markup from outside → a tree DOMPurify has cleaned, still inside DOMPurify's own inert
 * document (made by `DOMParser`, which never runs script or loads anything), never adopted into
 * the reader's page: an `<img>` adopted there would start loading. Readability does not
 * sanitise; this runs on everything, Readability's output included, before the allow-list
 * conversion. Styles go too: no article CSS is kept at all.
 */
import DOMPurify, { type Config } from 'dompurify'

const OPTIONS: Config & { RETURN_DOM: true } = {
  RETURN_DOM: true,
  FORBID_TAGS: ['style', 'link', 'form', 'input', 'svg', 'math'],
  FORBID_ATTR: ['style', 'sizes', 'background', 'poster', 'action', 'formaction'],
  ALLOW_DATA_ATTR: false,
}

/** @param html - markup from a page, a paste or a Markdown file */
export function sanitizeMarkup(html: string): Element {
  return DOMPurify.sanitize(html, OPTIONS)
}
