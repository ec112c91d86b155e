/**
 * From a Web Annotation's `target` to the passage Gloss re-anchors: the first target with a
 * `TextQuoteSelector` (Hypothesis lists its page as an array of one target, with Range and
 * XPath selectors Gloss does not need), its top-level `TextPositionSelector` when it has one,
 * its source IRI and its colour (`styleClass`, see exporting/formats/web-annotation.ts). Problems are returned as
 * phrases that complete "Annotation 3 …".
 */
import type { HighlightColor, TextPositionSelector, TextQuoteSelector } from '@shared/annotation'
import { err, ok, type Result } from '@shared/result'
import { colorFromStyleClass } from '../../exporting/formats/web-annotation'
import { asList, hasType, isObject, own, type JsonObject } from './json-shape'
import { MAX_CONTEXT_CHARS, MAX_IRI_CHARS, MAX_QUOTE_CHARS, formatCount } from './limits'
import type { ImportTarget } from './types'

export interface ReadTarget {
  readonly target: ImportTarget
  readonly color: HighlightColor
  readonly source: string | null
}

const DEFAULT_COLOR: HighlightColor = 'yellow'

function readQuote(selector: JsonObject): Result<TextQuoteSelector, string> {
  const exact = own(selector, 'exact')
  if (typeof exact !== 'string' || exact === '') {
    return err('has a TextQuoteSelector without its quoted text (exact)')
  }
  if (exact.length > MAX_QUOTE_CHARS) {
    return err(`quotes more than ${formatCount(MAX_QUOTE_CHARS)} characters`)
  }
  const context: Record<'prefix' | 'suffix', string> = { prefix: '', suffix: '' }
  for (const side of ['prefix', 'suffix'] as const) {
    const value = own(selector, side)
    if (value === undefined) continue
    if (typeof value !== 'string') return err(`has a quote ${side} that is not text`)
    if (value.length > MAX_CONTEXT_CHARS) {
      return err(`has a quote ${side} longer than ${formatCount(MAX_CONTEXT_CHARS)} characters`)
    }
    context[side] = value
  }
  return ok({ exact, prefix: context.prefix, suffix: context.suffix })
}

function readPosition(
  selector: JsonObject | undefined,
): Result<TextPositionSelector | null, string> {
  if (selector === undefined) return ok(null)
  const start = own(selector, 'start')
  const end = own(selector, 'end')
  const offset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0
  if (!offset(start) || !offset(end) || start > end) {
    return err(
      'has a TextPositionSelector whose start and end are not whole numbers from 0, start first',
    )
  }
  return ok({ start, end })
}

/** `source` is an IRI, or an object whose `id` is one. */
function readSource(target: JsonObject): Result<string | null, string> {
  const value = own(target, 'source')
  const source = isObject(value) ? own(value, 'id') : value
  if (source === undefined) return ok(null)
  if (typeof source !== 'string') return err('has a target source that is not an IRI')
  if (source.length > MAX_IRI_CHARS) {
    return err(`has a target source longer than ${formatCount(MAX_IRI_CHARS)} characters`)
  }
  return ok(source)
}

/** How deep `refinedBy` chains are followed: far beyond any real file. */
const MAX_REFINEMENT_DEPTH = 8

/**
 * The quote selector: a top-level one, else one refining another selector (the W3C samples put
 * it under a FragmentSelector). A quote is found by its text, so a refined one still anchors;
 * refined positions are relative to their parent, which is why only top-level ones are read.
 */
function findQuoteSelector(selectors: readonly JsonObject[]): JsonObject | undefined {
  let level = selectors
  for (let depth = 0; depth < MAX_REFINEMENT_DEPTH && level.length > 0; depth++) {
    const quote = level.find((s) => hasType(s, 'TextQuoteSelector'))
    if (quote) return quote
    level = level.flatMap((s) => asList(own(s, 'refinedBy')).filter(isObject))
  }
  return undefined
}

/**
 * The page a page note is on: its first target, a bare IRI, a resource with its `id`, or a
 * specific resource with its `source`.
 *
 * @param annotation - one annotation object from the file, with no selector
 */
export function readPageSource(annotation: JsonObject): Result<string | null, string> {
  const [first] = asList(own(annotation, 'target'))
  if (first === undefined) return err('has no target')
  if (!isObject(first)) return readSource({ source: first })
  return own(first, 'source') === undefined && own(first, 'id') !== undefined
    ? readSource({ source: own(first, 'id') })
    : readSource(first)
}

/**
 * Whether an annotation marks a passage at all: some target of it has selectors. One that has
 * none (a bare page IRI, or targets with only a `source`) is a note on the whole page.
 *
 * @param annotation - one annotation object from the file
 */
export function marksPassage(annotation: JsonObject): boolean {
  return asList(own(annotation, 'target')).some(
    (target) => isObject(target) && asList(own(target, 'selector')).length > 0,
  )
}

/**
 * @param annotation - one annotation object from the file
 * @returns the passage, colour and source, or what is wrong with the target
 */
export function readTarget(annotation: JsonObject): Result<ReadTarget, string> {
  const targets = asList(own(annotation, 'target'))
  if (targets.length === 0) return err('has no target')
  for (const target of targets) {
    // A bare IRI targets a whole page: there is no passage to anchor.
    if (!isObject(target)) continue
    const selectors = asList(own(target, 'selector')).filter(isObject)
    const quoteSelector = findQuoteSelector(selectors)
    if (!quoteSelector) continue
    const quote = readQuote(quoteSelector)
    if (!quote.ok) return quote
    const position = readPosition(selectors.find((s) => hasType(s, 'TextPositionSelector')))
    if (!position.ok) return position
    const source = readSource(target)
    if (!source.ok) return source
    return ok({
      target: { quote: quote.value, position: position.value },
      color: colorFromStyleClass(own(target, 'styleClass')) ?? DEFAULT_COLOR,
      source: source.value,
    })
  }
  return err('has no TextQuoteSelector, so Gloss cannot tell which passage it marks')
}
