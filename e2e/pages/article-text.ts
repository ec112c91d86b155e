/**
 * In-page helpers for the rendered article, run inside the page with `page.evaluate`: canonical
 * offsets of DOM points (the article's blocks joined by "\n\n", as the model defines them), the
 * screen boxes of a passage, and the ranges painted with `CSS.highlights`. They are written
 * without imports, because Playwright sends each function's source to the page alone; e2e code
 * is compiled without DOM types, so the page's API is reached through loose structural types.
 */

/** A passage painted in the page: its highlight name, canonical offsets and text. */
export interface PaintedRange {
  readonly name: string
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface PassageBoxes {
  /** Client point just inside the first character. */
  readonly from: { x: number; y: number }
  /** Client point just inside the last character. */
  readonly to: { x: number; y: number }
  /** Client point in the middle of the passage's middle character. */
  readonly middle: { x: number; y: number }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the page's DOM, without DOM types here */

/**
 * Every range painted under the given highlight names, as canonical offsets and text, in
 * reading order. Runs in the page.
 *
 * @param names - highlight names, e.g. `gloss-yellow`
 */
export function readPaintedRanges(names: readonly string[]): PaintedRange[] {
  const page = globalThis as any
  const blocks: any[] = [...page.document.querySelectorAll('article [data-block]')]
  const offsetOf = (node: any, offset: number): number => {
    let total = 0
    for (const block of blocks) {
      const range = page.document.createRange()
      range.selectNodeContents(block)
      const where = range.comparePoint(node, offset)
      if (where < 0) return total
      if (where === 0) {
        range.setEnd(node, offset)
        return total + range.toString().length
      }
      total += block.textContent.length + 2
    }
    return total - 2
  }
  const painted: PaintedRange[] = []
  for (const name of names) {
    const highlight = page.CSS.highlights.get(name)
    for (const range of highlight ?? []) {
      painted.push({
        name,
        start: offsetOf(range.startContainer, range.startOffset),
        end: offsetOf(range.endContainer, range.endOffset),
        text: range.toString(),
      })
    }
  }
  return painted.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * The screen points to drag between to select `[start, end)` of the canonical text, after
 * scrolling it into view. Runs in the page.
 *
 * @param span - canonical offsets of the passage
 */
export function passagePoints(span: { start: number; end: number }): PassageBoxes {
  const page = globalThis as any
  const blocks: any[] = [...page.document.querySelectorAll('article [data-block]')]
  // Canonical offset → a DOM point, through the text nodes of each block.
  const pointAt = (offset: number): [any, number] => {
    let total = 0
    for (const block of blocks) {
      const length = block.textContent.length
      if (offset <= total + length) {
        const walker = page.document.createTreeWalker(block, 4)
        let inBlock = offset - total
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (inBlock <= node.data.length) return [node, inBlock]
          inBlock -= node.data.length
        }
      }
      total += length + 2
    }
    throw new Error(`No text at offset ${offset}`)
  }
  const first = page.document.createRange()
  first.setStart(...pointAt(span.start))
  first.setEnd(...pointAt(span.start + 1))
  first.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' })
  const last = page.document.createRange()
  last.setStart(...pointAt(span.end - 1))
  last.setEnd(...pointAt(span.end))
  const centre = page.document.createRange()
  const half = Math.floor((span.start + span.end) / 2)
  centre.setStart(...pointAt(half))
  centre.setEnd(...pointAt(half + 1))
  const a = first.getBoundingClientRect()
  const b = last.getBoundingClientRect()
  const c = centre.getBoundingClientRect()
  return {
    from: { x: a.left + 1, y: a.top + a.height / 2 },
    to: { x: b.right - 1, y: b.top + b.height / 2 },
    middle: { x: c.left + c.width / 2, y: c.top + c.height / 2 },
  }
}

/**
 * A point in the blank space right of a line's end, on a line the painted passage runs on past
 * (not its last line), inside the article's box: where a caret under the point would snap into
 * the highlight although nothing painted is there. Null if every such line fills the column.
 * Runs in the page.
 *
 * @param name - the highlight name the passage is painted under, e.g. `gloss-yellow`
 */
export function blankRightOfLine(name: string): { x: number; y: number } | null {
  const page = globalThis as any
  const [range] = page.CSS.highlights.get(name) ?? []
  if (!range) return null
  const column = page.document.querySelector('article').getBoundingClientRect()
  // The rightmost rectangle of each line, by the line's top, in order.
  const lineEnds = new Map<number, any>()
  for (const rect of range.getClientRects()) {
    const top = Math.round(rect.top)
    if (!lineEnds.has(top) || lineEnds.get(top).right < rect.right) lineEnds.set(top, rect)
  }
  const lines = [...lineEnds.values()].slice(0, -1)
  const line = lines.find((rect) => column.right - rect.right > 16)
  return line ? { x: (line.right + column.right) / 2, y: line.top + line.height / 2 } : null
}
