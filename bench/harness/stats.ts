/**
 * Samples → the figures the report prints: medians (robust to the odd slow run on a shared
 * machine) and percentiles.
 */

/**
 * The value below which `fraction` of the samples fall (nearest rank on the sorted samples).
 *
 * @param samples - at least one number
 * @param fraction - 0.5 for the median, 0.95 for p95
 */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  if (fraction === 0.5 && sorted.length % 2 === 0) {
    const upper = sorted.length / 2
    return (sorted[upper - 1] + sorted[upper]) / 2
  }
  const rank = Math.ceil(fraction * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}

/** @param samples - at least one number */
export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5)
}
