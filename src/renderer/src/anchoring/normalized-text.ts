/**
 * Canonical text ⇄ matching text. Quotes are compared after normalising (DESIGN.md): every run
 * of whitespace (U+00A0, line breaks and the block separator included) becomes one space, and
 * text is put in Unicode NFC one grapheme cluster at a time. The offset map goes back to the
 * canonical text; a cluster that normalisation changed, or that must not be split (surrogate
 * pairs, ZWJ sequences, combining marks), maps as a whole, so no offset it yields splits one.
 */
import { firstPast } from './binary-search'
import type { TextRange } from './types'

const WHITESPACE_RUN = /\s+/g
/** Code units from U+0300 up: below it, text is already NFC and nothing combines. */
const BEYOND_LATIN = /[\u0300-\uffff]/
/** Characters that join with a neighbour into one cluster, or astral ones (surrogate pairs). */
const JOINING =
  /[\p{M}\u200d\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{10000}-\u{10ffff}\ud800-\udfff]/u

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Receives the normalised text piece by piece. A `whole` piece maps, every code unit of it, to
 * the canonical `[start, end)`; any other piece is the canonical text unchanged, one to one.
 */
type PieceSink = (piece: string, start: number, end: number, whole: boolean) => void

/** Code units segmented at once; far longer than any grapheme cluster a real text has. */
const SEGMENT_WINDOW = 4096

function emitWord(text: string, start: number, end: number, emit: PieceSink): void {
  if (start === end) return
  const word = text.slice(start, end)
  if (!BEYOND_LATIN.test(word) || (!JOINING.test(word) && word.normalize('NFC') === word)) {
    emit(word, start, end, false)
    return
  }
  // Segmented a window at a time: Intl.Segmenter slows down far faster than linearly on one long
  // unbroken run (a 200,000-character quote took over a minute). The last cluster of a window
  // may continue past it, so the next window starts again at that cluster's first code unit.
  let from = start
  while (from < end) {
    const windowEnd = Math.min(end, from + SEGMENT_WINDOW)
    let next = windowEnd
    for (const { segment, index } of segmenter.segment(text.slice(from, windowEnd))) {
      const segmentEnd = from + index + segment.length
      if (segmentEnd === windowEnd && windowEnd < end && index > 0) {
        next = from + index
        break
      }
      emit(segment.normalize('NFC'), from + index, segmentEnd, true)
    }
    from = next
  }
}

function forEachPiece(text: string, emit: PieceSink): void {
  let wordStart = 0
  for (const match of text.matchAll(WHITESPACE_RUN)) {
    emitWord(text, wordStart, match.index, emit)
    wordStart = match.index + match[0].length
    emit(' ', match.index, wordStart, true)
  }
  emitWord(text, wordStart, text.length, emit)
}

/**
 * The matching form of any string (a stored quote or its context), exactly as the article's
 * text is normalised, so the two can be compared with `indexOf`.
 *
 * @param text - a canonical string
 */
export function normalizeForMatching(text: string): string {
  const pieces: string[] = []
  forEachPiece(text, (piece) => pieces.push(piece))
  return pieces.join('')
}

/** Code units of a quote normalised between two pauses: a few milliseconds of work. */
export const NORMALIZE_STEP = 16_384

/**
 * Where a long string may be cut so that its halves normalise to the halves of the whole: a
 * grapheme cluster boundary at or before `cut`, not inside a run of whitespace (a run becomes
 * one space only when it is normalised whole).
 */
function safeCut(text: string, from: number, cut: number): number {
  const start = Math.max(from, cut - 64)
  let boundary = start
  let after = text.length
  for (const { index } of segmenter.segment(text.slice(start, cut + 64))) {
    if (start + index > cut) {
      after = start + index
      break
    }
    boundary = start + index
  }
  // A cluster that began the part runs past the cut: cut after it.
  let safe = boundary > from ? boundary : after
  const inRun = (at: number): boolean => /\s/.test(text[at - 1]) && /\s/.test(text[at] ?? '')
  const end = safe
  while (safe > from && inRun(safe)) safe--
  // The part began with this run: cut after the whole run instead.
  if (safe === from) for (safe = end; inRun(safe);) safe++
  return safe
}

/**
 * `normalizeForMatching`, pausing (yielding) after every `step` code units, so that a quote of
 * hundreds of thousands of characters never holds the page for long.
 *
 * @param text - a canonical string
 * @param step - code units between pauses
 */
export function* normalizeForMatchingSteps(
  text: string,
  step = NORMALIZE_STEP,
): Generator<void, string> {
  if (text.length <= step) return normalizeForMatching(text)
  const parts: string[] = []
  let from = 0
  while (from < text.length) {
    const cut = from + step >= text.length ? text.length : safeCut(text, from, from + step)
    parts.push(normalizeForMatching(text.slice(from, cut)))
    from = cut
    if (from < text.length) yield
  }
  return parts.join('')
}

/** The normalised form of an article's canonical text, with its offset map. */
export interface NormalizedText {
  /** The text to search in. */
  readonly text: string
  /**
   * The canonical range that a range of the normalised text covers.
   *
   * @param start - normalised offset of the first code unit
   * @param end - normalised offset just past the last code unit
   */
  canonicalRange(start: number, end: number): TextRange
  /**
   * The normalised offset where the piece holding a canonical offset starts (a whitespace run,
   * a character, a cluster).
   *
   * @param offset - a canonical offset, clamped to the text
   */
  normalizedOffset(offset: number): number
}

/** A Uint32Array that grows: normalised text is rarely longer than canonical, but can be. */
function growable(capacity: number): { at: Uint32Array; ensure(size: number): void } {
  const holder = {
    at: new Uint32Array(capacity),
    ensure(size: number): void {
      if (size <= holder.at.length) return
      const bigger = new Uint32Array(Math.max(size, holder.at.length * 2))
      bigger.set(holder.at)
      holder.at = bigger
    },
  }
  return holder
}

/**
 * Normalise a canonical text once and keep the map back.
 *
 * @param canonical - the article's canonical text
 */
export function buildNormalizedText(canonical: string): NormalizedText {
  // startOf[i]: canonical start of normalised code unit i; endOf[i]: canonical end of unit i-1.
  const startOf = growable(canonical.length + 1)
  const endOf = growable(canonical.length + 1)
  const pieces: string[] = []
  let length = 0
  forEachPiece(canonical, (piece, start, end, whole) => {
    startOf.ensure(length + piece.length + 1)
    endOf.ensure(length + piece.length + 1)
    for (let i = 0; i < piece.length; i++) {
      startOf.at[length + i] = whole ? start : start + i
      endOf.at[length + i + 1] = whole ? end : start + i + 1
    }
    pieces.push(piece)
    length += piece.length
  })
  startOf.at[length] = canonical.length
  const starts = startOf.at
  const ends = endOf.at
  return {
    text: pieces.join(''),
    canonicalRange: (start, end) => ({ start: starts[start], end: ends[end] }),
    normalizedOffset(offset) {
      const target = Math.min(Math.max(0, offset), canonical.length)
      // The piece holding the target starts at the last canonical start at or before it...
      const pieceStart = starts[firstPast(length + 1, (i) => starts[i] > target) - 1]
      // ...and its first normalised unit is the first with that start.
      return firstPast(length + 1, (i) => starts[i] >= pieceStart)
    },
  }
}
