/**
 * Stored annotation target → place in the current text, in the order DESIGN.md sets:
 * (a) the stored position, if the text there still equals the quote (and one side of its
 * context, see `positionHolds`); (b) the best exact occurrence of the quote, scored by prefix,
 * suffix and distance; (c) a fuzzy match; (d) else orphaned. Never throws, and never moves an
 * annotation without saying which step placed it.
 */
import type { AnnotationTarget, TextPositionSelector, TextQuoteSelector } from '@shared/annotation'
import { clusterEndAt, clusterStartAt } from './grapheme-edges'
import { bestExactMatchSteps } from './match-exact'
import { fuzzyMatchSteps } from './match-fuzzy'
import type { Candidate, Expectation } from './match-score'
import { normalizeForMatching, normalizeForMatchingSteps } from './normalized-text'
import type { TextIndex } from './text-index'
import type { AnchorMethod, AnchorResult } from './types'

/**
 * An exact occurrence whose prefix and suffix both agree at least this well is taken without
 * looking further. Below it, a fuzzy match with better context (the highlighted copy edited,
 * another copy intact) may win; otherwise the exact occurrence still stands.
 */
export const CONFIDENT_CONTEXT_SIMILARITY = 0.8

const ORPHANED: AnchorResult = { method: 'orphaned' }

/**
 * The stored position holds when the text there is the quote, code unit for code unit, on whole
 * characters, and at least one side of its context is unchanged: a stale position that lands on another copy of
 * the same words (the seed's pull quote) has different surroundings and goes to the search.
 */
function positionHolds(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): boolean {
  const { start, end } = position
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false
  if (start < 0 || end > text.length || start >= end) return false
  if (clusterStartAt(text, start) !== start || clusterEndAt(text, end) !== end) return false
  if (text.slice(start, end) !== quote.exact) return false
  const prefix = text.slice(Math.max(0, start - quote.prefix.length), start)
  return prefix === quote.prefix || text.slice(end, end + quote.suffix.length) === quote.suffix
}

function placed(index: TextIndex, method: AnchorMethod, candidate: Candidate): AnchorResult {
  const { start, end } = index.normalized.canonicalRange(candidate.start, candidate.end)
  return {
    method,
    start: clusterStartAt(index.text, start),
    end: clusterEndAt(index.text, end),
    score: candidate.score,
  }
}

/**
 * Place one stored target, pausing (yielding) between the steps of a long fuzzy search so that
 * a batch can give the browser a turn; `anchorTarget` runs it to the end at once.
 *
 * @param index - the article's text index, built once by `createTextIndex`
 * @param target - the stored selectors
 */
export function* anchorSteps(
  index: TextIndex,
  target: AnnotationTarget,
): Generator<void, AnchorResult> {
  const { quote, position } = target
  if (positionHolds(index.text, quote, position)) {
    return { method: 'position', start: position.start, end: position.end, score: 1 }
  }
  const expected: Expectation = {
    // A long quote is normalised in steps, with pauses between them (a 200,000-character one
    // held the page 60 ms in one piece).
    quote: yield* normalizeForMatchingSteps(quote.exact),
    prefix: normalizeForMatching(quote.prefix),
    suffix: normalizeForMatching(quote.suffix),
    hint: index.normalized.normalizedOffset(position.start),
  }
  if (expected.quote.trim() === '') return ORPHANED
  const normalizedText = index.normalized.text
  const exact = yield* bestExactMatchSteps(normalizedText, expected)
  if (
    exact &&
    Math.min(exact.prefixSimilarity, exact.suffixSimilarity) >= CONFIDENT_CONTEXT_SIMILARITY
  ) {
    return placed(index, 'quote', exact)
  }
  const fuzzy = yield* fuzzyMatchSteps(normalizedText, expected)
  if (fuzzy && (!exact || fuzzy.score > exact.score)) return placed(index, 'fuzzy', fuzzy)
  return exact ? placed(index, 'quote', exact) : ORPHANED
}

/**
 * Place one stored target on the indexed text.
 *
 * @param index - the article's text index, built once by `createTextIndex`
 * @param target - the stored selectors
 */
export function anchorTarget(index: TextIndex, target: AnnotationTarget): AnchorResult {
  const steps = anchorSteps(index, target)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
