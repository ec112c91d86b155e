/**
 * Gloss's anchoring library: selections ⇄ stored annotation targets ⇄ places in the text and
 * the rendered article. Framework-free; see README.md for the API, the anchoring order and
 * the reading view's DOM contract.
 */
export { anchorTarget, CONFIDENT_CONTEXT_SIMILARITY } from './anchor'
export {
  anchorTargets,
  anchorTargetsSync,
  DEFAULT_BUDGET_MS,
  type AnchorBatchOptions,
} from './anchor-batch'
export { describeRange } from './describe'
export { DomTextMismatchError } from './dom-blocks'
export { buildDomTextMap, type DomTextMap } from './dom-text-map'
export { createIntervalLookup, type IntervalLookup } from './interval-lookup'
export { MIN_FUZZY_SCORE, MIN_QUOTE_SIMILARITY } from './match-fuzzy'
export { normalizeForMatching, type NormalizedText } from './normalized-text'
export { createTextIndex, type TextIndex } from './text-index'
export {
  isAnchored,
  type Anchored,
  type AnchorMethod,
  type AnchorResult,
  type Orphaned,
  type TextRange,
} from './types'
