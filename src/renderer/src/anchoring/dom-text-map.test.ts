// The rendered article ⇄ canonical offsets, on a DOM built the way the reading view builds it
// (fixtures/render-article.ts): selections across blocks and into captions, element-boundary
// containers, selections reaching outside the article, carets, and a drifting view.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import { DomTextMismatchError } from './dom-blocks'
import { buildDomTextMap, type DomTextMap } from './dom-text-map'
import { renderArticle } from './fixtures/render-article'

function parsed(path: string): Article {
  const result = parseArticle(readFileSync(path, 'utf8'), { id: 'test' })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const SEED = parsed(
  join(__dirname, '../../../../resources/articles/putin-syria-withdrawal/article.txt'),
)
const UNICODE = parsed(join(__dirname, 'fixtures/unicode-edges.txt'))

/** The block element with this id and its first text node holding `needle`, with the offset. */
function textPoint(root: Element, blockId: string, needle: string): [Text, number] {
  const element = root.querySelector(`[data-block="${blockId}"]`) as Element
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(needle)
    if (at !== -1) return [node as Text, at]
  }
  throw new Error(`${needle} is not in block ${blockId}`)
}

function domRange(start: [Node, number], end: [Node, number]): Range {
  const range = document.createRange()
  range.setStart(...start)
  range.setEnd(...end)
  return range
}

function offsetsOf(article: Article, needle: string, from = 0): { start: number; end: number } {
  const start = article.text.indexOf(needle, from)
  if (start === -1) throw new Error(`${needle} is not in the article`)
  return { start, end: start + needle.length }
}

describe('DomTextMap on the seed', () => {
  let root: HTMLElement
  let map: DomTextMap
  beforeEach(() => {
    root = renderArticle(document, SEED)
    map = buildDomTextMap(root, SEED)
  })

  it('maps every block to a range over exactly its text', () => {
    for (const block of SEED.blocks) {
      const range = map.offsetsToRange(block)
      expect(range.toString()).toBe(block.text)
      expect(map.rangeToOffsets(range)).toEqual({
        start: block.start,
        end: block.start + block.text.trimEnd().length,
      })
    }
  })

  it('round-trips a selection across two paragraphs and into a caption', () => {
    const start = textPoint(root, 'b7', 'hailed their')
    const [captionText, at] = textPoint(root, 'b9', 'national flag')
    const selection = domRange(start, [captionText, at + 'national flag'.length])
    const offsets = map.rangeToOffsets(selection)
    const expected = offsetsOf(SEED, 'hailed their')
    expected.end = offsetsOf(SEED, 'national flag').end
    expect(offsets).toEqual(expected)
    const text = SEED.text.slice(expected.start, expected.end)
    expect(text.startsWith('hailed their "excellent"')).toBe(true)
    expect(text).toContain('proud of you."\u00a0\n\nA Russian soldier')

    const back = map.offsetsToRange(expected)
    expect([back.startContainer, back.startOffset]).toEqual(start)
    expect([back.endContainer, back.endOffset]).toEqual([captionText, at + 'national flag'.length])
    expect(map.rangeToOffsets(back)).toEqual(expected)
  })

  it('maps a selection that ends inside a caption credit span', () => {
    const [creditText] = textPoint(root, 'b9', '(Omar')
    const selection = domRange(textPoint(root, 'b9', 'May 21'), [creditText, 5])
    expect(map.rangeToOffsets(selection)).toEqual(offsetsOf(SEED, 'May 21. (Omar'))
  })

  it('reads element-boundary containers as the text they enclose', () => {
    const paragraph = root.querySelector('[data-block="b6"]') as Element
    const whole = domRange([paragraph, 0], [paragraph, paragraph.childNodes.length])
    expect(map.rangeToOffsets(whole)).toEqual({
      start: SEED.blocks[6].start,
      end: SEED.blocks[6].end,
    })

    const figure = root.querySelectorAll('figure')[1]
    const figureIndex = Array.from(root.childNodes).indexOf(figure)
    const aroundFigure = domRange([root, figureIndex], [root, figureIndex + 1])
    expect(map.rangeToOffsets(aroundFigure)).toEqual({
      start: SEED.blocks[9].start,
      end: SEED.blocks[9].end,
    })
  })

  it('trims the whitespace a reader does not mean to highlight', () => {
    // From the end of the lede (its trailing U+00A0) over the separator into the next block.
    const [lede, ledeAt] = textPoint(root, 'b4', 'ISIS.\u00a0')
    const [next, nextAt] = textPoint(root, 'b5', 'made')
    const selection = domRange([lede, ledeAt + 'ISIS.'.length], [next, nextAt + 'made'.length])
    expect(map.rangeToOffsets(selection)).toEqual(offsetsOf(SEED, 'Putin made'))
  })

  it('clamps a selection that starts outside the article', () => {
    const toolbar = document.querySelector('header')?.firstChild as Text
    const selection = domRange([toolbar, 3], textPoint(root, 'b0', 'Russian'))
    expect(map.rangeToOffsets(selection)).toEqual(offsetsOf(SEED, 'Putin orders'))
  })

  it('clamps a selection that ends outside the article', () => {
    const sidebar = document.querySelector('aside')?.firstChild as Text
    const last = SEED.blocks[SEED.blocks.length - 1]
    const selection = domRange(textPoint(root, last.id, 'The Associated'), [sidebar, 4])
    expect(map.rangeToOffsets(selection)).toEqual(offsetsOf(SEED, 'The Associated Press'))
  })

  it('finds no article text in ranges outside it, collapsed, or over whitespace or an image', () => {
    const toolbar = document.querySelector('header')?.firstChild as Text
    expect(map.rangeToOffsets(domRange([toolbar, 0], [toolbar, 5]))).toBeNull()
    const point = textPoint(root, 'b5', 'Putin')
    expect(map.rangeToOffsets(domRange(point, point))).toBeNull()
    const separator = root.childNodes[0] as Text
    expect(separator.data.trim()).toBe('')
    expect(map.rangeToOffsets(domRange([separator, 0], [separator, 3]))).toBeNull()
    const figure = root.querySelector('figure') as Element
    expect(map.rangeToOffsets(domRange([figure, 0], [figure, 1]))).toBeNull()
  })

  it('maps canonical offsets on the block separator to block boundaries', () => {
    const lede = SEED.blocks[4]
    const range = map.offsetsToRange({ start: lede.end + 1, end: SEED.blocks[5].start + 5 })
    expect(range.startContainer).toBe(textPoint(root, 'b5', 'Putin')[0])
    expect(range.startOffset).toBe(0)
    expect(range.toString()).toBe('Putin')

    const toSeparator = map.offsetsToRange({ start: lede.end - 6, end: lede.end + 1 })
    expect(toSeparator.toString()).toBe('ISIS.\u00a0')
    expect(map.offsetsToRange({ start: lede.end + 1, end: lede.end + 2 }).collapsed).toBe(true)
    const everything = map.offsetsToRange({ start: -10, end: 1e9 })
    expect(map.rangeToOffsets(everything)).toEqual({ start: 0, end: SEED.text.length })
  })

  it('maps caret points inside blocks and nothing outside them', () => {
    const [text, at] = textPoint(root, 'b12', 'first visit')
    expect(map.offsetAtPoint(text, at)).toBe(offsetsOf(SEED, 'first visit').start)
    const heading = root.querySelector('[data-block="b12"]') as Element
    expect(map.offsetAtPoint(heading, 0)).toBe(SEED.blocks[12].start)
    expect(map.offsetAtPoint(heading, heading.childNodes.length)).toBe(SEED.blocks[12].end)
    expect(map.offsetAtPoint(document.querySelector('header') as Element, 0)).toBeNull()
    expect(map.offsetAtPoint(root.querySelector('img') as Element, 0)).toBeNull()
    expect(map.offsetAtPoint(root, 1)).toBeNull()
  })

  it('walks the DOM once, when built, and never again per conversion', () => {
    const walks = vi.spyOn(document, 'createTreeWalker')
    const queries = vi.spyOn(root, 'querySelectorAll')
    const fresh = buildDomTextMap(root, SEED)
    expect(walks).toHaveBeenCalledTimes(SEED.blocks.length)
    expect(queries).toHaveBeenCalledTimes(1)
    const paragraph = root.querySelector('[data-block="b6"]') as Element
    for (let i = 0; i < 50; i++) {
      const range = fresh.offsetsToRange({ start: i * 40, end: i * 40 + 300 })
      fresh.rangeToOffsets(range)
      fresh.offsetAtPoint(paragraph, 0)
    }
    expect(walks).toHaveBeenCalledTimes(SEED.blocks.length)
    expect(queries).toHaveBeenCalledTimes(1)
    walks.mockRestore()
    queries.mockRestore()
  })
})

describe('DomTextMap verifies the reading view', () => {
  it('names the block whose rendered text drifted, showing the invisible character', () => {
    const root = renderArticle(document, SEED)
    const [lede] = textPoint(root, 'b4', 'Monday')
    lede.data = lede.data.replace('on\u00a0Monday', 'on Monday')
    expect(() => buildDomTextMap(root, SEED)).toThrowError(DomTextMismatchError)
    expect(() => buildDomTextMap(root, SEED)).toThrowError(
      /Block b4 .* at character 27: expected ".*on\\u00a0Monday.*", found ".*on Monday/,
    )
  })

  it('refuses a missing, extra or nested block element', () => {
    const root = renderArticle(document, SEED)
    const heading = root.querySelector('[data-block="b12"]') as Element
    heading.removeAttribute('data-block')
    expect(() => buildDomTextMap(root, SEED)).toThrowError(/first difference at position 12/)

    heading.setAttribute('data-block', 'b12')
    const extra = document.createElement('p')
    extra.dataset.block = 'b99'
    root.append(extra)
    expect(() => buildDomTextMap(root, SEED)).toThrowError(DomTextMismatchError)

    extra.remove()
    heading.append(extra)
    expect(() => buildDomTextMap(root, SEED)).toThrowError(/b12 contains another/)
  })
})

describe('DomTextMap with emoji and combining marks', () => {
  it('widens a selection that ends or starts inside a character to the whole character', () => {
    const root = renderArticle(document, UNICODE)
    const map = buildDomTextMap(root, UNICODE)
    const [text, at] = textPoint(root, 'b1', '\u{1F469}')
    // Ends between the two halves of the first surrogate pair of the ZWJ sequence.
    const selection = domRange(textPoint(root, 'b1', 'where'), [text, at + 1])
    expect(map.rangeToOffsets(selection)).toEqual(
      offsetsOf(UNICODE, 'where \u{1F469}\u200d\u{1F4BB}'),
    )
    // Starts between "e" and its combining acute accent.
    const [accent, accentAt] = textPoint(root, 'b1', 'e\u0301 sign')
    const fromAccent = domRange([accent, accentAt + 1], [accent, accentAt + 7])
    expect(map.rangeToOffsets(fromAccent)).toEqual(offsetsOf(UNICODE, 'e\u0301 sign'))
    expect(map.offsetAtPoint(text, at + 1)).toBe(offsetsOf(UNICODE, '\u{1F469}').start)
  })
})
