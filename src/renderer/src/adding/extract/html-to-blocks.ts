/**
 * Sanitised markup → the article's blocks, through an allow-list: each element Gloss knows
 * becomes a block kind, a structure (list, item, quote, table, row, cell) or an inline mark;
 * elements that only wrap text (`span`, `font`, `section`...) give their text; everything else
 * (scripts, styles, frames, forms' controls, SVG, media) gives nothing. No markup is ever kept:
 * the reader builds the page from these blocks with Vue templates. Links keep a mark only when
 * they may open outside (https, mailto); pictures are looked up in the page's pictures.
 *
 * The walk keeps its own depth limit: a page nested thousands of levels deep still reads, its
 * deepest parts as plain text.
 */
import type { HeadingLevel } from '@shared/article'
import { isOpenableExternalUrl } from '@shared/external-url'
import { BlockDrafts, type BlockDraft, type OpenMark } from './block-drafts'
import { absoluteAddress, resolveAgainstPage } from './page-address'
import { hiddenWithin, isDropped } from './dropped-elements'
import type { PagePictures } from './page-pictures'

/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'address',
  'center',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'hgroup',
  'fieldset',
  'legend',
  'form',
  'body',
  'html',
  'caption',
  'figcaption',
  'hr',
  'label',
  'menu',
  'search',
])

const MARKS: Readonly<Record<string, OpenMark['kind']>> = {
  em: 'emphasis',
  i: 'emphasis',
  cite: 'emphasis',
  dfn: 'emphasis',
  var: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  sub: 'subscript',
  sup: 'superscript',
  del: 'deleted',
  s: 'deleted',
  strike: 'deleted',
}

/** Deeper than this, an element gives its text only. */
const MAX_DEPTH = 400

const ELEMENT = 1
const TEXT = 3

/**
 * The address an `<img>` shows: its `src`, else the first of its `srcset` (a lazy-loading page
 * keeps the real picture there). Only read, to look the picture up or name its site.
 */
export function pictureAddress(element: Element): string {
  const src = element.getAttribute('src')?.trim()
  return src || (element.getAttribute('srcset') ?? '').trim().split(/\s+/)[0] || ''
}

function span(element: Element, name: string): number | undefined {
  const value = Number(element.getAttribute(name))
  return Number.isInteger(value) && value > 1 && value <= 1000 ? value : undefined
}

function size(element: Element, name: string): number | undefined {
  const value = Number(element.getAttribute(name))
  return Number.isFinite(value) && value >= 1 && value <= 20000 ? Math.round(value) : undefined
}

/**
 * @param root - the sanitised markup's root
 * @param pictures - the page's pictures by address
 * @param pageUrl - the address the page's relative links are relative to, when known
 */
export function htmlToBlocks(
  root: Element,
  pictures: PagePictures,
  pageUrl: string | undefined,
): BlockDraft[] {
  const out = new BlockDrafts()
  /** Inside a caption: block elements only separate words. */
  let inline = false

  const picture = (element: Element) =>
    pictures.refFor(pictureAddress(element), {
      alt: (element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim(),
      ...(size(element, 'width') && { width: size(element, 'width') }),
      ...(size(element, 'height') && { height: size(element, 'height') }),
    })

  function children(node: Node, depth: number): void {
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, depth + 1)
  }

  function asBlock(element: Element, depth: number, begin: () => void): void {
    if (inline) {
      out.addText(' ')
      children(element, depth)
      out.addText(' ')
      return
    }
    begin()
    children(element, depth)
    out.close()
  }

  function within(
    container: Parameters<BlockDrafts['enter']>[0],
    element: Element,
    depth: number,
    keepEmpty = false,
  ): void {
    if (inline) return asBlock(element, depth, () => undefined)
    out.enter(container)
    children(element, depth)
    out.close({ keepEmpty })
    out.leave()
  }

  /** A figure: its pictures, then everything else in it (caption, credit) as their caption. */
  function figure(element: Element, depth: number): void {
    const images = [...element.querySelectorAll('img')]
      .filter((img) => !hiddenWithin(img, element))
      .flatMap((img) => picture(img) ?? [])
    if (inline || images.length === 0) return asBlock(element, depth, () => out.close())
    inline = true
    const caption = out.gatherApart(() => children(element, depth))
    inline = false
    images.forEach((ref, i) => {
      const last = i === images.length - 1
      out.addFigure(ref, last ? caption : { text: '', marks: [] })
    })
  }

  function table(element: Element, depth: number): void {
    const caption = element.querySelector(':scope > caption')
    if (caption) asBlock(caption, depth, () => out.begin('paragraph'))
    out.enter({ kind: 'table' })
    for (const row of element.querySelectorAll(
      ':scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr',
    )) {
      out.enter({ kind: 'row' })
      for (const cell of row.querySelectorAll(':scope > td, :scope > th')) {
        const colSpan = span(cell, 'colspan')
        const rowSpan = span(cell, 'rowspan')
        within(
          {
            kind: 'cell',
            header: cell.localName === 'th',
            ...(colSpan && { colSpan }),
            ...(rowSpan && { rowSpan }),
          },
          cell,
          depth + 2,
          true,
        )
      }
      out.leave()
    }
    out.leave()
  }

  function element(node: Element, depth: number): void {
    const name = node.localName
    if (isDropped(name)) return
    if (depth > MAX_DEPTH) return out.addText(` ${node.textContent ?? ''} `)
    const mark = MARKS[name]
    if (mark) {
      out.openMark({ kind: mark } as OpenMark)
      children(node, depth)
      return out.closeMark()
    }
    switch (name) {
      case 'a': {
        const href = absoluteAddress(resolveAgainstPage(node.getAttribute('href') ?? ''), pageUrl)
        if (!href || !isOpenableExternalUrl(href)) return children(node, depth)
        out.openMark({ kind: 'link', href })
        children(node, depth)
        return out.closeMark()
      }
      case 'br':
        return out.addBreak()
      case 'img': {
        const ref = picture(node)
        return ref ? out.addPicture(ref) : undefined
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const level = Math.max(2, Number(name[1])) as HeadingLevel
        return asBlock(node, depth, () => out.begin('heading', level))
      }
      case 'pre': {
        if (inline) return asBlock(node, depth, () => undefined)
        out.begin('code')
        children(node, depth)
        return out.close()
      }
      case 'blockquote':
        return within({ kind: 'quote' }, node, depth)
      case 'ul':
      case 'ol': {
        const first = name === 'ol' ? Number(node.getAttribute('start') ?? 1) : 1
        return within(
          {
            kind: 'list',
            ordered: name === 'ol',
            ...(Number.isInteger(first) && first !== 1 && { first }),
          },
          node,
          depth,
        )
      }
      case 'li':
        return within({ kind: 'item' }, node, depth)
      case 'figure':
        return figure(node, depth)
      case 'table':
        return inline ? asBlock(node, depth, () => undefined) : table(node, depth)
      case 'picture':
        return children(node, depth)
      default:
        if (BLOCKS.has(name)) return asBlock(node, depth, () => out.close())
        return children(node, depth)
    }
  }

  function walk(node: Node, depth: number): void {
    if (node.nodeType === TEXT) return out.addText((node as Text).data)
    if (node.nodeType === ELEMENT) element(node as Element, depth)
  }

  children(root, 0)
  out.close()
  return out.drafts
}
