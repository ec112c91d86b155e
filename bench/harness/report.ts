/**
 * Rows → what a person and a machine read: the terminal table (with each target marked met or
 * missed) and `bench/results/latest.json`, plus the sanity check `--quick` relies on (every
 * figure a finite number, never a check of the figures against their targets).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { MetricRow } from './types'

/** Four significant digits: more than these machines can measure. */
function rounded(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? n : Number(n.toPrecision(4))
}

function figure(n: number, unit = ''): string {
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : Math.abs(n) >= 1 ? 2 : 3
  const text = n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
  return unit ? `${text} ${unit}` : text
}

/** Whether the row meets its target: on the ratio when it has a baseline, else on the value. */
export function targetStatus(row: MetricRow): 'met' | 'MISSED' | '' {
  if (row.target === null) return ''
  const measured = row.ratio ?? row.value
  return measured <= row.target ? 'met' : 'MISSED'
}

function targetText(row: MetricRow): string {
  if (row.target === null) return ''
  return row.baseline === null ? `≤ ${figure(row.target, row.unit)}` : `ratio ≤ ${row.target}`
}

/** One row on one line, for progress while the run goes on. */
export function describeRow(row: MetricRow): string {
  const against =
    row.baseline === null
      ? ''
      : ` vs ${figure(row.baseline, row.unit)} ${row.baselineName}, ratio ${figure(row.ratio ?? NaN)}`
  return `${row.name}: ${figure(row.value, row.unit)}${against} ${targetStatus(row)}`.trimEnd()
}

/** The results table, one line per row, columns padded. */
export function formatTable(rows: readonly MetricRow[]): string {
  const header = ['Metric', 'Gloss', 'Baseline', 'Ratio', 'Target', '']
  const lines = rows.map((row) => [
    row.name,
    figure(row.value, row.unit),
    row.baseline === null ? '' : `${figure(row.baseline, row.unit)} (${row.baselineName})`,
    row.ratio === null ? '' : figure(row.ratio),
    targetText(row),
    targetStatus(row),
  ])
  const widths = header.map((_, c) => Math.max(...[header, ...lines].map((line) => line[c].length)))
  return [header, ...lines]
    .map((line) =>
      line
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/**
 * Write the results file.
 *
 * @param path - e.g. `bench/results/latest.json`
 * @param chromium - the browser version measured
 * @param runs - measured pairs per figure
 * @param rows - every row, in metric order
 */
export async function writeResults(
  path: string,
  chromium: string,
  runs: number,
  rows: readonly MetricRow[],
): Promise<void> {
  const metrics = rows.map((row) => ({
    name: row.name,
    unit: row.unit,
    value: rounded(row.value),
    baseline: rounded(row.baseline),
    baselineName: row.baselineName,
    ratio: rounded(row.ratio),
    target: row.target,
  }))
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify({ chromium, runs, metrics }, null, 2)}\n`)
}

/** Rows whose figures are not all finite numbers, described. */
export function unmeasured(rows: readonly MetricRow[]): string[] {
  const finite = (n: number | null): boolean => n === null || Number.isFinite(n)
  return rows
    .filter((row) => !Number.isFinite(row.value) || !finite(row.baseline) || !finite(row.ratio))
    .map((row) => `${row.name}: value ${row.value}, baseline ${row.baseline}, ratio ${row.ratio}`)
}
