/**
 * `npm run bench`: measures Gloss against a baseline for every metric in `bench/metrics/`, in one
 * headless Chromium (Debian's, with the e2e flags), on the web build served from 127.0.0.1.
 * Prints a table and writes `bench/results/latest.json`.
 *
 *   npm run bench                  10 measured pairs per figure after a warm-up, all sizes
 *   npm run bench -- --quick       every metric once at the small sizes; fails unless every
 *                                  figure is a finite number (targets are not checked)
 *   npm run bench -- --only paint  metrics whose file name contains "paint"
 *   npm run bench -- --rebuild     rebuild out/web first (otherwise built only when missing)
 *   npm run bench -- --web DIR     measure the web build in DIR instead of out/web (one made
 *                                  aside, so a parallel `npm run build:web` cannot swap it)
 */
import { chromium } from '@playwright/test'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/browsers'
import { ROOT } from '../build/shared-config'
import { buildBenchPages, ensureWebBuild } from './harness/build'
import { describeRow, formatTable, unmeasured, writeResults } from './harness/report'
import { startStaticServer } from './harness/static-server'
import type { BenchContext, BenchMetric, MetricRow } from './harness/types'

const METRICS_DIR = join(ROOT, 'bench/metrics')
const RESULTS = join(ROOT, 'bench/results/latest.json')

/** Metric files, in the order their names sort: `01-first-paint.ts`, `02-anchoring.ts`, ... */
async function loadMetrics(only: string | undefined): Promise<[string, BenchMetric][]> {
  const files = (await readdir(METRICS_DIR))
    .filter((file) => /^\d+-.+\.ts$/.test(file) && (!only || file.includes(only)))
    .sort()
  return Promise.all(
    files.map(async (file): Promise<[string, BenchMetric]> => {
      const module = (await import(pathToFileURL(join(METRICS_DIR, file)).href)) as {
        default: BenchMetric
      }
      return [file, module.default]
    }),
  )
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      web: { type: 'string' },
    },
  })
  const started = performance.now()
  const quick = values.quick ?? false
  const metrics = await loadMetrics(values.only)
  if (metrics.length === 0) throw new Error(`No metric file matches ${values.only}.`)

  const web = values.web === undefined ? join(ROOT, 'out/web') : resolve(values.web)
  const webBuilt = ensureWebBuild(ROOT, web, values.rebuild ?? false)
  buildBenchPages(ROOT)
  const paths = { root: ROOT, web, bench: join(ROOT, 'out/bench') }
  const server = await startStaticServer([
    { prefix: '/', dir: paths.web },
    { prefix: '/bench/', dir: paths.bench },
  ])
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // gc(): bench pages collect the heap between samples, so one does not pay for another.
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
    headless: true,
  })
  const chromiumVersion = browser.version()
  console.log(
    `Chromium ${chromiumVersion}, ${web} built ${webBuilt.toISOString()}, ` +
      (quick ? 'quick mode: one run each, small sizes' : '10 pairs per figure after a warm-up'),
  )

  const context: BenchContext = {
    quick,
    pairs: quick ? { warmups: 0, runs: 1 } : { warmups: 1, runs: 10 },
    sizes: quick ? [1000] : [1000, 10_000],
    browser,
    origin: server.origin,
    paths,
    note: (message) => console.log(`    ${message}`),
  }
  const rows: MetricRow[] = []
  const failures: string[] = []
  try {
    for (const [file, metric] of metrics) {
      const metricStarted = performance.now()
      console.log(`\n${metric.title}`)
      try {
        const produced = await metric.run(context)
        if (produced.length === 0) failures.push(`${file} reported nothing`)
        rows.push(...produced)
        for (const row of produced) console.log(`  ${describeRow(row)}`)
      } catch (error) {
        failures.push(`${file} failed: ${error instanceof Error ? error.stack : String(error)}`)
      }
      console.log(`  (${seconds(metricStarted)})`)
    }
  } finally {
    await browser.close()
    await server.close()
  }

  failures.push(...unmeasured(rows).map((problem) => `not a finite number: ${problem}`))
  await writeResults(RESULTS, chromiumVersion, context.pairs.runs, rows)
  console.log(`\n${formatTable(rows)}\n\nWrote ${RESULTS} in ${seconds(started)}.`)
  for (const failure of failures) console.error(`\nBENCH FAILURE: ${failure}`)
  return failures.length === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
