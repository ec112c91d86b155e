/**
 * A quote whose passage was not found → the few places in the current text that come closest
 * to it, for the reader to choose from, each with its word-level difference from the quote.
 * The same approximate matching as anchoring (approx-string-match, `match-fuzzy.ts`) and the
 * same score (`match-score.ts`), but looser and plural: anchoring must never move a highlight on
 * a guess, while here a person looks at each place before attaching the highlight to it.
 *
 * approx-string-match reports only the lowest-error matches, so the text is searched in rounds:
 * each round's matches are scored, the best that overlap no place kept so far and pass the
 * thresholds are kept, and all of them are masked out so the next round finds the next best.
 * Work is bounded: at most `ROUNDS` searches of text length × quote length / 32 steps, cut into
 * pauses (`approximateMatchesSteps`); quotes over `MAX_FUZZY_QUOTE_CHARS` are not searched.
 */
import type { AnnotationTarget, TextQuoteSelector } from '@shared/annotation'
import { DEFAULT_BUDGET_MS, type TextIndex, type TextRange } from '@renderer/anchoring'
import { clusterEndAt, clusterStartAt } from '@renderer/anchoring/grapheme-edges'
import {
  approximateMatchesSteps,
  MASK,
  MAX_FUZZY_QUOTE_CHARS,
} from '@renderer/anchoring/match-fuzzy'
import { scoreCandidate, type Expectation } from '@renderer/anchoring/match-score'
import {
  normalizeForMatching,
  normalizeForMatchingSteps,
} from '@renderer/anchoring/normalized-text'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'
import { keptWordShare, wordChanges, type WordChange } from './word-changes'

/** Places offered at most: more would be noise beside the quote in a narrow sidebar. */
export const MAX_PLACES = 3

/**
 * A place must keep at least this share of the quote's characters (1 − edits / quote length).
 * Measured on the bundled article: for 17 sentences of 36 to 82 characters that it does not
 * contain, the closest place anywhere in it kept at most 0.48 of their characters (shared letters and spaces of unrelated
 * words); a sentence on its own subject in other words ("Russian forces will stay in the
 * country") 0.59; one word changed in a five-word quote keeps about 0.75. So 0.6: below it a
 * place shares no more with the quote than text on the same subject does.
 */
export const MIN_PLACE_SIMILARITY = 0.6

/**
 * ...and at least this share of its words, unchanged: a short quote can keep 60 % of its
 * characters in pieces of unrelated words ("a red kite" in "ared vi").
 */
export const MIN_KEPT_WORDS = 0.5

/** Quotes shorter than this (in matching form) are not searched: too little to tell by. */
export const MIN_SEARCHED_QUOTE_CHARS = 8

/** Searches of the whole text at most (each finds the next-lowest-error places). */
const ROUNDS = 4

/** A place in the current text that may be where a lost passage went. */
export interface ClosestPlace extends TextRange {
  /** Share of the quote's characters kept there, from `MIN_PLACE_SIMILARITY` to 1. */
  readonly similarity: number
  /** Anchoring's score of the place: quote, context and position (see `match-score.ts`). */
  readonly score: number
  /** What turns the quote into the text there, word by word. */
  readonly changes: readonly WordChange[]
}

/** A kept place, with where it was found in the normalised text (to skip overlaps). */
interface KeptPlace extends ClosestPlace {
  readonly normalized: TextRange
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u
/** Farthest a place's edge moves to reach the edge of the word it cuts. */
const MAX_WORD_SNAP = 24

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && WORD_CHARACTER.test(character)
const insideWord = (text: string, at: number): boolean =>
  isWordCharacter(text[at - 1]) && isWordCharacter(text[at])
const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end

/**
 * Widen an edge that cuts a word to the word's edge, where the quote's own edge was between
 * words (approximate matching may start a place at "otherland"); trim whitespace at the edges.
 */
function onWholeWords(text: string, range: TextRange, quote: TextQuoteSelector): TextRange {
  let { start, end } = range
  if (!isWordCharacter(quote.prefix.at(-1)) && isWordCharacter(quote.exact[0])) {
    let at = start
    while (at > start - MAX_WORD_SNAP && insideWord(text, at)) at--
    if (!insideWord(text, at)) start = at
  }
  if (!isWordCharacter(quote.suffix[0]) && isWordCharacter(quote.exact.at(-1))) {
    let at = end
    while (at < end + MAX_WORD_SNAP && insideWord(text, at)) at++
    if (!insideWord(text, at)) end = at
  }
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start: clusterStartAt(text, start), end: clusterEndAt(text, end) }
}

/** The text with every range replaced by `MASK`: a masked place cannot match again. */
function masked(text: string, ranges: readonly TextRange[]): string {
  const parts: string[] = []
  let last = 0
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (end <= last) continue
    const from = Math.max(start, last)
    parts.push(text.slice(last, from), MASK.repeat(end - from))
    last = end
  }
  parts.push(text.slice(last))
  return parts.join('')
}

/**
 * The closest places, best first, pausing between steps of the search so a caller can yield to
 * the browser; `closestPlaces` runs it to the end at once.
 *
 * @param index - the article's text index
 * @param target - the stored target of the annotation whose passage was not found
 */
export function* closestPlacesSteps(
  index: TextIndex,
  target: AnnotationTarget,
): Generator<void, ClosestPlace[]> {
  const { quote, position } = target
  // Whitespace runs shrink in matching form, never to less than half.
  if (quote.exact.length > MAX_FUZZY_QUOTE_CHARS * 2) return []
  const expected: Expectation = {
    quote: yield* normalizeForMatchingSteps(quote.exact),
    prefix: normalizeForMatching(quote.prefix),
    suffix: normalizeForMatching(quote.suffix),
    hint: index.normalized.normalizedOffset(position.start),
  }
  const length = expected.quote.length
  if (expected.quote.trim().length < MIN_SEARCHED_QUOTE_CHARS) return []
  if (length > MAX_FUZZY_QUOTE_CHARS) return []
  const text = index.normalized.text
  const maxErrors = Math.floor(length * (1 - MIN_PLACE_SIMILARITY))
  const kept: KeptPlace[] = []
  let searched = text
  for (let round = 0; round < ROUNDS && kept.length < MAX_PLACES; round++) {
    if (round > 0) yield
    const found = (yield* approximateMatchesSteps(searched, expected.quote, maxErrors))
      .map((match) => {
        const similarity = 1 - match.errors / length
        return { ...scoreCandidate(text, expected, match.start, match.end, similarity), similarity }
      })
      .sort((a, b) => b.score - a.score)
    if (found.length === 0) break
    // A match overlapping one already looked at is a variant of it (approx-string-match
    // reports every end with the lowest error count): each place is compared word by word once.
    const examined: TextRange[] = kept.map((place) => place.normalized)
    for (const candidate of found) {
      if (kept.length === MAX_PLACES) break
      if (examined.some((range) => overlaps(range, candidate))) continue
      examined.push(candidate)
      const range = index.normalized.canonicalRange(candidate.start, candidate.end)
      const { start, end } = onWholeWords(index.text, range, quote)
      const changes = wordChanges(quote.exact, index.text.slice(start, end))
      yield
      if (keptWordShare(changes) < MIN_KEPT_WORDS) continue
      const { similarity, score } = candidate
      kept.push({ start, end, similarity, score, changes, normalized: candidate })
    }
    searched = masked(searched, found)
  }
  return kept
    .sort((a, b) => b.score - a.score)
    .map(({ start, end, similarity, score, changes }) => ({
      ...{ start, end, similarity, score, changes },
    }))
}

/**
 * The closest places to a lost quote in the indexed text, best first, at most `MAX_PLACES`.
 *
 * @param index - the article's text index
 * @param target - the stored target
 */
export function closestPlaces(index: TextIndex, target: AnnotationTarget): ClosestPlace[] {
  const steps = closestPlacesSteps(index, target)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * `closestPlaces` without freezing the page: the search runs in tasks of about
 * `DEFAULT_BUDGET_MS`, yielding to the browser between them.
 *
 * @param index - the article's text index
 * @param target - the stored target
 * @param signal - cancels the search: the promise rejects with the signal's reason
 */
export async function findClosestPlaces(
  index: TextIndex,
  target: AnnotationTarget,
  signal?: AbortSignal,
): Promise<ClosestPlace[]> {
  const steps = closestPlacesSteps(index, target)
  for (;;) {
    signal?.throwIfAborted()
    const started = performance.now()
    let step = steps.next()
    while (!step.done && performance.now() - started < DEFAULT_BUDGET_MS) step = steps.next()
    if (step.done) return step.value
    await yieldToMain()
  }
}
