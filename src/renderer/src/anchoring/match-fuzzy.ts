/**
 * Stored quote → best approximate place in the normalised text, with approx-string-match (as
 * Hypothesis uses it): first in a window around the expected place, then in the whole text, in
 * steps short enough to keep a page responsive. Exact occurrences are masked out: the exact
 * search has already weighed them, and approx-string-match reports only the lowest-error
 * matches, which they would always be. Quotes longer than `MAX_FUZZY_QUOTE_CHARS` are placed
 * only by position or exact match.
 */
import approxSearch from 'approx-string-match'
import { scoreCandidate, type Candidate, type Expectation } from './match-score'

/** A fuzzy match may differ from the quote in at most a quarter of its characters. */
export const MIN_QUOTE_SIMILARITY = 0.75
/** ...and must score at least this, context and position included (see `match-score.ts`). */
export const MIN_FUZZY_SCORE = 0.7
/**
 * Longest quote searched fuzzily: a long paragraph. approx-string-match builds a table of
 * distinct characters × quote length before it reads any text, and again for every match it
 * reports, all in one uninterruptible call; at 2,000 code units that stays a few milliseconds
 * even when every character differs (CJK), where a 200,000-unit quote took minutes.
 */
export const MAX_FUZZY_QUOTE_CHARS = 2_000
/** Normalised characters searched on each side of the expected place before the whole text. */
const WINDOW_MARGIN = 2000
/** Text code units × 32-unit quote blocks searched per step: a few milliseconds of work. */
const SEGMENT_WORK = 1_000_000
const MIN_SEGMENT = 4096
/** A noncharacter: never in a quote, so a masked occurrence cannot match. */
export const MASK = '\uffff'

function maskExactOccurrences(window: string, quote: string): string {
  let at = window.indexOf(quote)
  if (at === -1) return window
  const parts: string[] = []
  let last = 0
  while (at !== -1) {
    parts.push(window.slice(last, at), MASK.repeat(quote.length))
    last = at + quote.length
    at = window.indexOf(quote, last)
  }
  parts.push(window.slice(last))
  return parts.join('')
}

/** One approximate occurrence of a quote in a searched string, with its edit count. */
export interface ApproximateMatch {
  readonly start: number
  readonly end: number
  readonly errors: number
}

/**
 * Every lowest-error approximate match of `quote` in each segment of `window`, in window
 * offsets. Segments are sized to a few milliseconds of work each (Myers' algorithm costs text
 * length × quote length / 32), with a pause between them so a caller can yield to the browser in
 * the middle of one long search. Segments overlap by the longest a match can be, so none is cut
 * in two, and are at least four overlaps long so the overlap costs little.
 *
 * @param window - the text searched (possibly with parts masked by `MASK`)
 * @param quote - the quote in matching form
 * @param maxErrors - most edits a match may need
 */
export function* approximateMatchesSteps(
  window: string,
  quote: string,
  maxErrors: number,
): Generator<void, ApproximateMatch[]> {
  const overlap = quote.length + maxErrors
  const blocks = Math.ceil(quote.length / 32)
  const step = Math.max(MIN_SEGMENT, 4 * overlap, Math.floor(SEGMENT_WORK / blocks))
  const matches: ApproximateMatch[] = []
  for (let at = 0; at < window.length; at += step) {
    if (at > 0) yield
    for (const match of approxSearch(window.slice(at, at + step + overlap), quote, maxErrors)) {
      matches.push({ start: at + match.start, end: at + match.end, errors: match.errors })
    }
    if (at + step + overlap >= window.length) break
  }
  return matches
}

/** The best-scoring approximate match in `[from, to)` of the text, exact occurrences masked. */
function* bestIn(
  text: string,
  expected: Expectation,
  from: number,
  to: number,
  maxErrors: number,
): Generator<void, Candidate | null> {
  const { quote } = expected
  const window = maskExactOccurrences(text.slice(from, to), quote)
  let best: Candidate | null = null
  for (const match of yield* approximateMatchesSteps(window, quote, maxErrors)) {
    const similarity = 1 - match.errors / quote.length
    const start = from + match.start
    const candidate = scoreCandidate(text, expected, start, from + match.end, similarity)
    if (!best || candidate.score > best.score) best = candidate
  }
  return best && best.score >= MIN_FUZZY_SCORE ? best : null
}

/**
 * The best approximate match scoring at least `MIN_FUZZY_SCORE`, or null. A generator: it
 * pauses between segments of a long search (see `bestIn`); `anchor.ts` drives it.
 *
 * @param text - the normalised text
 * @param expected - the stored target in matching form
 */
export function* fuzzyMatchSteps(
  text: string,
  expected: Expectation,
): Generator<void, Candidate | null> {
  const { quote, hint } = expected
  if (quote.length > MAX_FUZZY_QUOTE_CHARS) return null
  const maxErrors = Math.floor(quote.length * (1 - MIN_QUOTE_SIMILARITY))
  if (maxErrors < 1) return null
  const margin = WINDOW_MARGIN + quote.length
  const from = Math.max(0, hint - margin)
  const to = Math.min(text.length, hint + quote.length + margin)
  const near = yield* bestIn(text, expected, from, to, maxErrors)
  if (near || (from === 0 && to === text.length)) return near
  yield
  return yield* bestIn(text, expected, 0, text.length, maxErrors)
}
