/**
 * A link to the passage on the original page: the page's address with a text directive
 * (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`, WICG's URL Fragment Text Directives), so
 * a reader without Gloss lands on the highlighted words in any browser that supports them, and
 * on the page itself in one that does not.
 *
 * A browser matches a directive against the page's rendered text, whole words only, with
 * whitespace collapsed, and a lone `textStart` within one block of text. So a quote that spans
 * blocks (a line break in Gloss's text) or is long is written as its first and last words
 * (`textStart,textEnd`); a short quote, which may well occur more than once on the page, gets
 * the words around it (from its quote selector, in the same block only) as prefix and suffix.
 * Terms are percent-encoded beyond the spec's explicit characters; `-`, `&` and `,`, which
 * delimit the directive, always are.
 */
import type { TextQuoteSelector } from '@shared/annotation'
import { webAddress } from '@renderer/adding/files/web-address'
import { wellFormed } from './escape'

/** A quote up to this long (in code units, on one line) is written whole. */
export const WHOLE_QUOTE_CHARS = 300
/** Words of a long quote written as its start, and as its end. */
export const RANGE_WORDS = 5
/** A quote of fewer words than this gets context words, to tell it from its repeats. */
export const CONTEXT_BELOW_WORDS = 8
/** Words of context taken either side. */
export const CONTEXT_WORDS = 3

const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '')
}

/**
 * One term of a directive, percent-encoded: `encodeURIComponent` keeps only letters, digits and
 * `-_.!~*'()`, all of them explicit characters of the spec's grammar except `-`, which marks
 * context terms and so is encoded too. Lone surrogates (which it would refuse) become U+FFFD.
 *
 * @param term - text to match on the page
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(wellFormed(term)).replace(/-/g, '%2D')
}

/** The last few whole words of the prefix's last line: a word cut by the selector is dropped. */
function prefixWords(prefix: string): string[] {
  const lines = prefix.split(LINE_BREAK)
  const line = lines[lines.length - 1]
  if (/^\s*$/u.test(line) || !/\s$/u.test(line)) return []
  const words = wordsOf(line)
  // The selector cuts at a fixed length, so the first word may be partial unless a break precedes it.
  const whole = lines.length > 1 || /^\s/u.test(line) ? words : words.slice(1)
  return whole.slice(-CONTEXT_WORDS)
}

/** The first few whole words of the suffix's first line (see `prefixWords`). */
function suffixWords(suffix: string): string[] {
  const lines = suffix.split(LINE_BREAK)
  const line = lines[0]
  if (/^\s*$/u.test(line) || !/^\s/u.test(line)) return []
  const words = wordsOf(line)
  const whole = lines.length > 1 || /\s$/u.test(line) ? words : words.slice(0, -1)
  return whole.slice(0, CONTEXT_WORDS)
}

/**
 * The text directive for a quote, without `#:~:`.
 *
 * @param quote - the highlight's quote selector (its `exact`, and its context)
 * @returns `text=…`, or null when the quote has no words to match
 */
export function textDirective(quote: TextQuoteSelector): string | null {
  const lines = quote.exact
    .split(LINE_BREAK)
    .map(wordsOf)
    .filter((words) => words.length > 0)
  if (lines.length === 0) return null
  const words = lines.flat()
  const first = lines[0]
  const last = lines[lines.length - 1]
  const oneShortLine = lines.length === 1 && first.join(' ').length <= WHOLE_QUOTE_CHARS
  const terms =
    oneShortLine || (lines.length === 1 && words.length <= 2 * RANGE_WORDS)
      ? [words]
      : words.length <= 2 * RANGE_WORDS
        ? [first, last]
        : [first.slice(0, RANGE_WORDS), last.slice(-RANGE_WORDS)]
  const encoded = terms.map((term) => encodeTextTerm(term.join(' ')))
  if (words.length < CONTEXT_BELOW_WORDS) {
    const before = prefixWords(quote.prefix)
    const after = suffixWords(quote.suffix)
    if (before.length > 0) encoded.unshift(`${encodeTextTerm(before.join(' '))}-`)
    if (after.length > 0) encoded.push(`-${encodeTextTerm(after.join(' '))}`)
  }
  return `text=${encoded.join(',')}`
}

/**
 * The original page's address pointing at the quote.
 *
 * @param pageUrl - the article's address as the library keeps it (any fragment is replaced)
 * @param quote - the highlight's quote selector
 * @returns the link, or null when the address is not `http:`/`https:` or the quote has no words
 */
export function textFragmentLink(pageUrl: string, quote: TextQuoteSelector): string | null {
  const address = webAddress(pageUrl)
  const directive = textDirective(quote)
  if (address === undefined || directive === null) return null
  const url = new URL(address)
  url.hash = ''
  return `${url.href}#:~:${directive}`
}
