/**
 * Canonical range → stored annotation target: both W3C selectors, the quote with 32 characters
 * of context on each side (`QUOTE_CONTEXT_LENGTH`). The range is first widened to whole
 * characters, and context that would begin or end inside a surrogate pair is cut to whole
 * characters too, so every stored string is well-formed UTF-16 and survives export as UTF-8.
 */
import { quoteSelectorAt, type AnnotationTarget } from '@shared/annotation'
import { snapRangeToClusters } from './grapheme-edges'
import type { TextIndex } from './text-index'
import type { TextRange } from './types'

const LEADING_LOW_SURROGATE = /^[\udc00-\udfff]/
const TRAILING_HIGH_SURROGATE = /[\ud800-\udbff]$/

/**
 * Describe a passage of the article so that it can be found again.
 *
 * @param index - the article's text index
 * @param range - the passage in canonical offsets, e.g. from `DomTextMap.rangeToOffsets`
 * @returns the target to store, or null when the range holds no text
 */
export function describeRange(index: TextIndex, range: TextRange): AnnotationTarget | null {
  const { start, end } = snapRangeToClusters(index.text, range)
  if (start >= end) return null
  const quote = quoteSelectorAt(index.text, start, end)
  return {
    quote: {
      exact: quote.exact,
      prefix: quote.prefix.replace(LEADING_LOW_SURROGATE, ''),
      suffix: quote.suffix.replace(TRAILING_HIGH_SURROGATE, ''),
    },
    position: { start, end },
  }
}
