/**
 * Stored quote → best exact occurrence in the normalised text. Occurrences are found with
 * `indexOf` (no regular expressions), nearest the stored position first, each scored by prefix,
 * suffix and distance; the search stops as soon as no occurrence further away could score
 * higher, so a quote whose context still matches costs one or two lookups. A word that occurs
 * hundreds of times with context that matches none of them is scored in steps, with pauses.
 */
import { scoreCandidate, scoreUpperBound, type Candidate, type Expectation } from './match-score'

/**
 * Most occurrences scored, nearest first: a few milliseconds. Only a word quoted whose context
 * matches nowhere reaches it ("the" occurs some 20,000 times in a 400,000-character article);
 * the stored position is then the better guide anyway.
 */
export const MAX_EXACT_CANDIDATES = 2_000

/** Occurrences scored between two pauses: a few milliseconds even with 1,000-character context. */
export const EXACT_CANDIDATES_PER_STEP = 250

/**
 * The best-scoring exact occurrence of the expected quote, or null when it does not occur,
 * pausing (yielding) after every `EXACT_CANDIDATES_PER_STEP` occurrences scored.
 *
 * @param text - the normalised text
 * @param expected - the stored target in matching form
 */
export function* bestExactMatchSteps(
  text: string,
  expected: Expectation,
): Generator<void, Candidate | null> {
  const { quote, hint } = expected
  if (quote.length === 0) return null
  let forward = text.indexOf(quote, hint)
  let backward = hint > 0 ? text.lastIndexOf(quote, hint - 1) : -1
  let best: Candidate | null = null
  for (let scored = 0; scored < MAX_EXACT_CANDIDATES; scored++) {
    if (forward === -1 && backward === -1) break
    const useForward = backward === -1 || (forward !== -1 && forward - hint <= hint - backward)
    const start = useForward ? forward : backward
    if (best && scoreUpperBound(text.length, expected, start, 1) <= best.score) break
    if (scored > 0 && scored % EXACT_CANDIDATES_PER_STEP === 0) yield
    const candidate = scoreCandidate(text, expected, start, start + quote.length, 1)
    if (!best || candidate.score > best.score) best = candidate
    if (useForward) forward = text.indexOf(quote, forward + 1)
    else backward = backward > 0 ? text.lastIndexOf(quote, backward - 1) : -1
  }
  return best
}
