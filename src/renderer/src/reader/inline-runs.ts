/**
 * A block's text and its inline marks → a tree of runs the view renders: pieces of text, and
 * mark nodes (emphasis, link...) holding runs of their own; an image mark stands at a point and
 * holds nothing. Concatenating the text pieces in order gives back the block text exactly, so
 * the rendered element's text nodes spell the block (the anchoring contract).
 *
 * Marks nest by contract. A mark that does not (it crosses an earlier one, lies outside the
 * text, is empty without being an image, or is an image that is not empty) is dropped, its text
 * kept plain: a damaged mark must cost formatting, never the text or the page.
 */
import type { InlineMark } from '@shared/article'

export interface TextRun {
  readonly kind: 'text'
  readonly text: string
}

export interface MarkRun {
  readonly kind: 'mark'
  readonly mark: InlineMark
  readonly children: readonly InlineRun[]
}

export type InlineRun = TextRun | MarkRun

function isWellFormed(mark: InlineMark, length: number): boolean {
  const { start, end } = mark
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false
  if (start < 0 || end > length) return false
  return mark.kind === 'image' ? start === end : start < end
}

/** Outer marks first: by start, then longer first; equal ranges keep their given order. */
function byNesting(a: InlineMark, b: InlineMark): number {
  return a.start - b.start || b.end - a.end
}

interface NestedMark {
  readonly mark: InlineMark
  readonly inner: NestedMark[]
}

/** The marks that nest, as a forest; crossing marks are left out. */
function nestMarks(marks: readonly InlineMark[], length: number): NestedMark[] {
  const roots: NestedMark[] = []
  const open: NestedMark[] = []
  for (const mark of marks.filter((m) => isWellFormed(m, length)).sort(byNesting)) {
    while (open.length > 0 && open[open.length - 1].mark.end <= mark.start) open.pop()
    const parent = open.at(-1)
    if (parent && mark.end > parent.mark.end) continue // crosses its parent's end
    const node: NestedMark = { mark, inner: [] }
    ;(parent?.inner ?? roots).push(node)
    open.push(node)
  }
  return roots
}

function runsBetween(
  text: string,
  from: number,
  to: number,
  nodes: readonly NestedMark[],
): InlineRun[] {
  const runs: InlineRun[] = []
  let at = from
  for (const { mark, inner } of nodes) {
    if (mark.start > at) runs.push({ kind: 'text', text: text.slice(at, mark.start) })
    runs.push({ kind: 'mark', mark, children: runsBetween(text, mark.start, mark.end, inner) })
    at = mark.end
  }
  if (to > at) runs.push({ kind: 'text', text: text.slice(at, to) })
  return runs
}

/**
 * The runs of one block.
 *
 * @param text - the block's text
 * @param marks - its marks (offsets relative to the block); absent means plain
 * @returns runs whose text pieces, in order, spell `text`
 */
export function inlineRuns(text: string, marks: readonly InlineMark[] = []): InlineRun[] {
  return runsBetween(text, 0, text.length, nestMarks(marks, text.length))
}
