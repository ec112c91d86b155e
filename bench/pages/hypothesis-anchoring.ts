/**
 * The baseline of the anchoring benchmark: anchoring the way the Hypothesis client does it
 * (`anchor()` in its html.ts, `matchQuote()` in its match-quote.ts), one annotation at a time and
 * re-reading the document for each. The stored position is resolved by walking the text nodes
 * and kept if the text there is the quote; otherwise the root's `textContent` is read and
 * searched: every exact occurrence, or failing any, approx-string-match allowing errors up to
 * half the quote (at most 256); each candidate is scored on quote, prefix, suffix and distance
 * to the stored position (weights 50, 20, 20, 2) and the best one taken. Written for this
 * benchmark to do the same work, not copied. Offsets count in `root.textContent`.
 */
import approxSearch from 'approx-string-match'
import type { TextRange } from '@renderer/anchoring'

/** A stored annotation as Hypothesis would have described it, in `textContent` offsets. */
export interface HypothesisTarget extends TextRange {
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
}

interface Occurrence extends TextRange {
  readonly errors: number
}

/** The text at `[start, end)`, found by walking the text nodes as Hypothesis's TextPosition does. */
function textAtPosition(root: Element, start: number, end: number): string | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  let seen = 0
  let started = false
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen)
      started = true
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen)
      return range.toString()
    }
    seen += length
  }
  return null
}

/** Exact occurrences first (cheap); only if there are none, approximate ones. */
function occurrences(text: string, quote: string, maxErrors: number): Occurrence[] {
  const exact: Occurrence[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    exact.push({ start: at, end: at + quote.length, errors: 0 })
  }
  return exact.length > 0 ? exact : approxSearch(text, quote, maxErrors)
}

/** 1 for identical strings, falling with the edit distance of the best match. */
function similarity(text: string, expected: string): number {
  if (text.length === 0 || expected.length === 0) return 0
  const [best] = occurrences(text, expected, expected.length)
  return 1 - best.errors / expected.length
}

function bestMatch(text: string, target: HypothesisTarget): TextRange | null {
  const { exact, prefix, suffix, start: hint } = target
  if (exact.length === 0) return null
  const candidates = occurrences(text, exact, Math.min(256, exact.length / 2))
  let best: TextRange | null = null
  let bestScore = -Infinity
  for (const candidate of candidates) {
    const before = text.slice(Math.max(0, candidate.start - prefix.length), candidate.start)
    const after = text.slice(candidate.end, candidate.end + suffix.length)
    const score =
      50 * (1 - candidate.errors / exact.length) +
      20 * (prefix ? similarity(before, prefix) : 1) +
      20 * (suffix ? similarity(after, suffix) : 1) +
      2 * (1 - Math.abs(candidate.start - hint) / text.length)
    if (score > bestScore) {
      bestScore = score
      best = { start: candidate.start, end: candidate.end }
    }
  }
  return best
}

/**
 * Place one stored annotation, Hypothesis-style.
 *
 * @param root - the element whose text the offsets count in
 * @param target - the stored selectors
 * @returns the place in `root.textContent`, or null (orphaned)
 */
export function anchorLikeHypothesis(root: Element, target: HypothesisTarget): TextRange | null {
  if (textAtPosition(root, target.start, target.end) === target.exact) {
    return { start: target.start, end: target.end }
  }
  return bestMatch(root.textContent ?? '', target)
}
