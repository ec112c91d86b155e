/**
 * The pair runner: Gloss (A) and its baseline (B) measured alternately, A B A B ..., after a
 * warm-up, so that whatever else the shared machine is doing hits both sides alike. A sample may
 * carry several figures at once (apply and clear; median and p95 frame): each is paired and
 * summarised separately.
 */
import { median } from './stats'
import type { PairSettings } from './types'

export type Side = 'gloss' | 'baseline'

/** One measurement of one side: named figures, e.g. `{ ms: 12.3 }`. */
export type Sample<K extends string> = Readonly<Record<K, number>>

export interface PairSummary {
  /** Gloss's median. */
  readonly value: number
  /** The baseline's median. */
  readonly baseline: number
  /** Median of the per-pair ratios Gloss ÷ baseline. */
  readonly ratio: number
  readonly samples: { readonly gloss: readonly number[]; readonly baseline: readonly number[] }
}

/**
 * Measure both sides alternately and summarise each figure.
 *
 * @param settings - warm-up pairs and measured pairs
 * @param measure - one measurement of one side
 */
export async function comparePairs<K extends string>(
  settings: PairSettings,
  measure: (side: Side) => Promise<Sample<K>>,
): Promise<Record<K, PairSummary>> {
  for (let i = 0; i < settings.warmups; i++) {
    await measure('gloss')
    await measure('baseline')
  }
  const gloss: Sample<K>[] = []
  const baseline: Sample<K>[] = []
  for (let i = 0; i < settings.runs; i++) {
    gloss.push(await measure('gloss'))
    baseline.push(await measure('baseline'))
  }
  const keys = Object.keys(gloss[0]) as K[]
  return Object.fromEntries(
    keys.map((key) => {
      const a = gloss.map((sample) => sample[key])
      const b = baseline.map((sample) => sample[key])
      const summary: PairSummary = {
        value: median(a),
        baseline: median(b),
        ratio: median(a.map((value, i) => value / b[i])),
        samples: { gloss: a, baseline: b },
      }
      return [key, summary]
    }),
  ) as Record<K, PairSummary>
}

/**
 * Measure one side only (a figure with no baseline), with the same warm-up and run counts.
 *
 * @param settings - warm-up and measured runs
 * @param measure - one measurement
 */
export async function repeatMedian<K extends string>(
  settings: PairSettings,
  measure: () => Promise<Sample<K>>,
): Promise<Sample<K>> {
  for (let i = 0; i < settings.warmups; i++) await measure()
  const samples: Sample<K>[] = []
  for (let i = 0; i < settings.runs; i++) samples.push(await measure())
  const keys = Object.keys(samples[0]) as K[]
  return Object.fromEntries(
    keys.map((key) => [key, median(samples.map((sample) => sample[key]))]),
  ) as Sample<K>
}
