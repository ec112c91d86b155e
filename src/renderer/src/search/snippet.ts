/**
 * Snippets: a short piece of a long text around its first match, with the matched words as
 * ranges over the piece (never HTML: the view builds `<mark>` elements from the ranges), and
 * the split of a marked text into runs a template can show.
 */
import type { TextRange } from './query-match'

/** A text with the ranges of it to show marked. */
export interface MarkedText {
  readonly text: string
  readonly marks: readonly TextRange[]
}

/** One run of a marked text: shown marked or not. */
export interface MarkedRun {
  readonly text: string
  readonly marked: boolean
}

const ELLIPSIS = '…'
/** Characters shown before the first match, at most. */
const LEAD = 60
/** Characters a snippet holds, at most, not counting the ellipses. */
export const SNIPPET_LENGTH = 200

/** Whitespace, including the line breaks between an article's blocks. */
const SPACE = /\s/u

/** The nearest word boundary at or after `index`, not past `limit`. */
function boundaryAfter(text: string, index: number, limit: number): number {
  let at = index
  while (at < limit && at > 0 && !SPACE.test(text[at - 1])) at++
  return at < limit ? at : index
}

/** The nearest word boundary at or before `index`, not before `limit`. */
function boundaryBefore(text: string, index: number, limit: number): number {
  let at = index
  while (at > limit && at < text.length && !SPACE.test(text[at])) at--
  return at > limit ? at : index
}

/**
 * Up to `SNIPPET_LENGTH` characters of `text` around its first mark, cut at spaces, with `…`
 * where text was left out, whitespace runs shown as one space, and the marks that fall inside.
 *
 * @param text - the whole text
 * @param marks - sorted ranges over `text`
 */
export function snippetAround(text: string, marks: readonly TextRange[]): MarkedText {
  const first = marks[0]?.start ?? 0
  let from = boundaryAfter(text, Math.max(0, first - LEAD), first)
  let to = Math.min(text.length, from + SNIPPET_LENGTH)
  if (to < text.length) to = boundaryBefore(text, to, Math.max(from, marks[0]?.end ?? from))
  while (from < to && SPACE.test(text[from])) from++
  const lead = from > 0 ? ELLIPSIS : ''
  const tail = to < text.length ? ELLIPSIS : ''
  return collapseSpaces(
    lead,
    text.slice(from, to),
    tail,
    marks
      .filter((mark) => mark.end > from && mark.start < to)
      .map((mark) => ({
        start: Math.max(mark.start, from) - from,
        end: Math.min(mark.end, to) - from,
      })),
  )
}

/** `lead + piece + tail` with whitespace runs as one space, the marks moved to match. */
function collapseSpaces(
  lead: string,
  piece: string,
  tail: string,
  marks: readonly TextRange[],
): MarkedText {
  // shift[i]: where offset i of `piece` lands in the result.
  const shift: number[] = []
  let text = lead
  for (let index = 0; index < piece.length; index++) {
    shift.push(text.length)
    const space = SPACE.test(piece[index])
    if (!space) text += piece[index]
    else if (!text.endsWith(' ')) text += ' '
  }
  shift.push(text.length)
  text = text.trimEnd() + tail
  return {
    text,
    marks: marks.map((mark) => ({ start: shift[mark.start], end: shift[mark.end] })),
  }
}

/** `marked` as runs in order, marked and not, covering all of its text. */
export function markedRuns(marked: MarkedText): MarkedRun[] {
  const runs: MarkedRun[] = []
  let at = 0
  for (const mark of marked.marks) {
    if (mark.start > at) runs.push({ text: marked.text.slice(at, mark.start), marked: false })
    runs.push({ text: marked.text.slice(mark.start, mark.end), marked: true })
    at = mark.end
  }
  if (at < marked.text.length) runs.push({ text: marked.text.slice(at), marked: false })
  return runs
}
