/**
 * The elements whose content an added article never shows: scripts, styles, frames, embedded
 * objects, SVG and MathML, media, forms' controls, and what belongs to a page's head. The
 * conversion to blocks gives nothing for them, and a figure does not take a picture from
 * inside one (a video's fallback poster is not the figure's picture).
 */

/** Elements whose content is never shown. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'input',
  'select',
  'option',
  'textarea',
  'button',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'dialog',
  'slot',
  'portal',
  'param',
])

/** Whether an element (by its local name) gives nothing to the article. */
export function isDropped(localName: string): boolean {
  return DROPPED.has(localName)
}

/** Whether `node` sits inside an element whose content is never shown, below `root`. */
export function hiddenWithin(node: Element, root: Element): boolean {
  for (let at = node.parentElement; at && at !== root; at = at.parentElement) {
    if (isDropped(at.localName)) return true
  }
  return false
}
