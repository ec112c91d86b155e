/**
 * A lost quote and a place in the current text → the words the place keeps, lacks and adds,
 * for the reader to judge the place by (jsdiff's `diffWords`: words and punctuation marks are
 * tokens, whitespace is not compared). Both sides are compared in matching form (whitespace
 * runs, line and paragraph breaks included, as one space; NFC), so a passage that now spans a
 * paragraph break differs from its quote only in its words.
 */
import { diffWords } from 'diff'
import { normalizeForMatching } from '@renderer/anchoring'

/** A run of the place's text: as in the quote, only in the place, or only in the quote. */
export interface WordChange {
  readonly kind: 'same' | 'inserted' | 'removed'
  readonly text: string
}

const WORD = /[\p{L}\p{N}]+/gu

const readable = (text: string): string => normalizeForMatching(text).trim()

const wordCount = (text: string): number => text.match(WORD)?.length ?? 0

/**
 * The word-level difference that turns the quote into the place.
 *
 * @param quote - the stored quote
 * @param place - the text at the place, as the article has it
 */
export function wordChanges(quote: string, place: string): WordChange[] {
  return diffWords(readable(quote), readable(place)).map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))
}

/**
 * Share of the quote's words (letters and digits; punctuation aside) that the place keeps.
 *
 * @param changes - from `wordChanges`
 */
export function keptWordShare(changes: readonly WordChange[]): number {
  let kept = 0
  let total = 0
  for (const { kind, text } of changes) {
    if (kind === 'inserted') continue
    const words = wordCount(text)
    total += words
    if (kind === 'same') kept += words
  }
  return total === 0 ? 0 : kept / total
}
