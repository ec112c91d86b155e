/**
 * Candidate place in the normalised text → score in [0, 1]: how well it agrees with the stored
 * quote, the context on each side and the stored position. Weights as in Hypothesis's
 * match-quote: the quote counts most, prefix and suffix next, and the distance to the stored
 * position only breaks ties between equally good candidates. Scoring one candidate costs at most
 * two 32 × 32 comparisons, whatever an imported target stores: the exact and fuzzy searches
 * score thousands of candidates.
 */
import { QUOTE_CONTEXT_LENGTH } from '@shared/annotation'

const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/**
 * Context compared on each side, nearest the quote: what Gloss and Hypothesis store. Longer
 * imported context would make each comparison cost its length squared.
 */
export const COMPARED_CONTEXT_CHARS = QUOTE_CONTEXT_LENGTH

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
 * Fewest edits that turn `stored` into some substring of `actual` (approx-string-match's
 * measure), by the textbook dynamic programme: both are at most `COMPARED_CONTEXT_CHARS` long.
 */
function editsToSubstring(stored: string, actual: string): number {
  let previous = new Array<number>(actual.length + 1).fill(0)
  for (let i = 1; i <= stored.length; i++) {
    const current = [i]
    for (let j = 1; j <= actual.length; j++) {
      const substitution = previous[j - 1] + (stored[i - 1] === actual[j - 1] ? 0 : 1)
      current.push(Math.min(substitution, previous[j] + 1, current[j - 1] + 1))
    }
    previous = current
  }
  return Math.min(...previous)
}

/**
 * 1 minus the edit distance between a stored context and the text's, per stored character.
 *
 * @param stored - the stored prefix or suffix, normalised and cut to `COMPARED_CONTEXT_CHARS`
 * @param actual - the text beside the candidate, as long as `stored` where the text allows
 */
function contextSimilarity(stored: string, actual: string): number {
  if (stored === actual) return 1
  if (stored.length === 0) return UNKNOWN_CONTEXT_SIMILARITY
  return 1 - editsToSubstring(stored, actual) / stored.length
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
  const prefix = expected.prefix.slice(-COMPARED_CONTEXT_CHARS)
  const suffix = expected.suffix.slice(0, COMPARED_CONTEXT_CHARS)
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
