import { afterEach, describe, expect, it } from 'vitest'
import { articleProgress, measurePlace, scrollOffsetFor } from './reading-place'

// happy-dom does no layout: place each element by hand, in viewport coordinates.
function place(element: Element, top: number, height: number): void {
  element.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: top, width: 600, height })
}

/** An article with a paragraph, a figure (photo 300 px + caption 60 px) and a paragraph. */
function article(scrolled: number): HTMLElement {
  const root = document.createElement('article')
  root.innerHTML =
    '<p data-block="b0">One</p>' +
    '<figure><img alt="" /><figcaption data-block="b1">Caption</figcaption></figure>' +
    '<p data-block="b2">Two</p>'
  document.body.append(root)
  const [first, figure, caption, last] = root.querySelectorAll('p, figure, figcaption')
  place(root, 100 - scrolled, 760)
  place(first, 100 - scrolled, 200)
  place(figure, 300 - scrolled, 360)
  place(caption, 600 - scrolled, 60)
  place(last, 660 - scrolled, 200)
  return root
}

afterEach(() => document.body.replaceChildren())

describe('measurePlace', () => {
  it('finds the first block not yet scrolled past the reading line, and how far into it', () => {
    // Scrolled 150: the reading line (50 px down) is 100 px into the first paragraph's 200.
    expect(measurePlace(article(150), 50, 800)).toMatchObject({ blockId: 'b0', blockFraction: 0.5 })
  })

  it('counts a figure’s photo as part of its block, not only the caption', () => {
    // Scrolled 340: the line is at 390, 90 px into the 360 px figure whose block is the caption.
    expect(measurePlace(article(340), 50, 800)).toMatchObject({
      blockId: 'b1',
      blockFraction: 0.25,
    })
  })
})

describe('scrollOffsetFor', () => {
  it('returns the scroll offset that puts the place back on the reading line', () => {
    const root = article(0)
    const offset = scrollOffsetFor(
      { blockId: 'b1', blockFraction: 0.25, progress: 0 },
      root,
      50,
      800,
    )
    expect(offset).toBe(300 + 90 - 50)
  })
})

describe('articleProgress', () => {
  it('runs from 0 at the article’s top to 1 when its end reaches the bottom of the window', () => {
    expect(articleProgress(article(0), 50, 500)).toBe(0)
    // Travel: 760 tall minus (500 - 50) visible below the line = 310; top at line + 310 - 100.
    expect(articleProgress(article(360), 50, 500)).toBe(1)
    expect(articleProgress(article(205), 50, 500)).toBeCloseTo(0.5, 5)
  })
})
