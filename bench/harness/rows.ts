/**
 * Summaries → report rows, so every metric file words its rows the same way.
 */
import type { PairSummary } from './pairs'
import type { MetricRow } from './types'

/**
 * A figure measured against a baseline; its target, if any, limits the ratio.
 *
 * @param name - what was measured, sizes included
 * @param unit - of value and baseline
 * @param summary - from `comparePairs`
 * @param baselineName - what the baseline does, in a few words
 * @param target - the largest acceptable ratio, or null
 */
export function pairRow(
  name: string,
  unit: string,
  summary: PairSummary,
  baselineName: string,
  target: number | null = null,
): MetricRow {
  const { value, baseline, ratio } = summary
  return { name, unit, value, baseline, baselineName, ratio, target }
}

/**
 * A figure on its own; its target, if any, limits the value.
 *
 * @param name - what was measured, sizes included
 * @param unit - of the value
 * @param value - the median
 * @param target - the largest acceptable value, or null
 */
export function valueRow(
  name: string,
  unit: string,
  value: number,
  target: number | null = null,
): MetricRow {
  return { name, unit, value, baseline: null, baselineName: null, ratio: null, target }
}

/** `10000` → `10,000`, for row names. */
export function count(n: number): string {
  return n.toLocaleString('en-US')
}
