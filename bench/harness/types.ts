/**
 * The harness's vocabulary: what a metric file exports, what it gets to work with, and the rows
 * it hands back (the shape `bench/results/latest.json` stores, one row per reported figure).
 */
import type { Browser } from '@playwright/test'

/** One reported figure. `baseline`, `baselineName`, `ratio` and `target` are null when absent. */
export interface MetricRow {
  readonly name: string
  readonly unit: string
  /** Gloss's median. */
  readonly value: number
  /** The baseline's median, measured in the same run. */
  readonly baseline: number | null
  readonly baselineName: string | null
  /** Median of the per-pair ratios Gloss ÷ baseline: below 1, Gloss is faster (or smaller). */
  readonly ratio: number | null
  /** The limit: on `ratio` when the row has a baseline, else on `value`. Lower is better. */
  readonly target: number | null
}

/** How many times each side of a pair is measured. */
export interface PairSettings {
  /** Pairs run and thrown away first (JIT, caches, fonts). */
  readonly warmups: number
  /** Pairs measured. */
  readonly runs: number
}

export interface BenchContext {
  /** `--quick`: every metric once, at the small sizes, to prove the harness still works. */
  readonly quick: boolean
  readonly pairs: PairSettings
  /** Annotation and highlight counts to measure: `[1000]` in quick mode, else `[1000, 10000]`. */
  readonly sizes: readonly number[]
  readonly browser: Browser
  /** The static server: `/` is `out/web` (the app), `/bench/` is `out/bench` (bench pages). */
  readonly origin: string
  /** Absolute paths of the repository, the web build and the bench build. */
  readonly paths: { readonly root: string; readonly web: string; readonly bench: string }
  /** Print a line under the current metric (a caveat, a count that looks wrong). */
  note(message: string): void
}

/** What a file in `bench/metrics/` exports as its default. */
export interface BenchMetric {
  /** Shown as the metric's heading while it runs, e.g. `2. Anchoring`. */
  readonly title: string
  run(context: BenchContext): Promise<MetricRow[]>
}

/** Type a metric file's default export. */
export function defineMetric(metric: BenchMetric): BenchMetric {
  return metric
}
