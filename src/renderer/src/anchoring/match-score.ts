/**
 * Candidate place in the normalised text → score in [0, 1]: how well it agrees with the stored
 * quote, the context on each side and the stored position. Weights as in Hypothesis's
 * match-quote: the quote counts most, prefix and suffix next, and the distance to the stored
 * position only breaks ties between equally good candidates.
 */
import approxSearch from 'approx-string-match'

const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/** Similarity of a context the text has but the stored target had none of (article edge). */
const UNKNOWN_CONTEXT_SIMILARITY = 0.5

/** A stored target in matching form (see `normalized-text.ts`), with its expected place. */
export interface Expectation {
  readonly quote: string
  readonly prefix: string
  readonly suffix: string
  /** Normalised offset where the stored position says the quote starts. */
  readonly hint: number
}

/** A scored place in the normalised text. */
export interface Candidate {
  readonly start: number
  readonly end: number
  readonly prefixSimilarity: number
  readonly suffixSimilarity: number
  readonly score: number
}

/**
 * 1 minus the edit distance between a stored context and the text's, per stored character.
 *
 * @param stored - the stored prefix or suffix, normalised
 * @param actual - the text beside the candidate, as long as `stored` where the text allows
 */
function contextSimilarity(stored: string, actual: string): number {
  if (stored === actual) return 1
  if (stored.length === 0) return UNKNOWN_CONTEXT_SIMILARITY
  const matches = approxSearch(actual, stored, stored.length)
  if (matches.length === 0) return 0
  return 1 - Math.min(...matches.map((m) => m.errors)) / stored.length
}

function positionSimilarity(textLength: number, hint: number, start: number): number {
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength))
}

/**
 * The best score any candidate starting at `start` could reach with the given quote similarity:
 * lets the exact search stop once nothing further away can win.
 *
 * @param textLength - length of the normalised text
 * @param expected - the stored target
 * @param start - normalised start of the candidate
 * @param quoteSimilarity - 1 for an exact match
 */
export function scoreUpperBound(
  textLength: number,
  expected: Expectation,
  start: number,
  quoteSimilarity: number,
): number {
  const position = positionSimilarity(textLength, expected.hint, start)
  return (
    (QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT * position) /
    TOTAL_WEIGHT
  )
}

/**
 * Score a candidate `[start, end)` of the normalised text.
 *
 * @param text - the normalised text
 * @param expected - the stored target
 * @param start - normalised start of the candidate
 * @param end - normalised end of the candidate
 * @param quoteSimilarity - 1 minus the quote's edit distance per character
 */
export function scoreCandidate(
  text: string,
  expected: Expectation,
  start: number,
  end: number,
  quoteSimilarity: number,
): Candidate {
  const { prefix, suffix } = expected
  const prefixSimilarity = contextSimilarity(
    prefix,
    text.slice(Math.max(0, start - prefix.length), start),
  )
  const suffixSimilarity = contextSimilarity(suffix, text.slice(end, end + suffix.length))
  const position = positionSimilarity(text.length, expected.hint, start)
  const score =
    (QUOTE_WEIGHT * quoteSimilarity +
      PREFIX_WEIGHT * prefixSimilarity +
      SUFFIX_WEIGHT * suffixSimilarity +
      POSITION_WEIGHT * position) /
    TOTAL_WEIGHT
  return { start, end, prefixSimilarity, suffixSimilarity, score }
}
