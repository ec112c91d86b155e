/**
 * The security gate (`npm run test:security`): runs Electronegativity over `src/` through its
 * programmatic API, prints every finding as a table, and exits non-zero on any finding of MEDIUM
 * or higher severity at FIRM or higher confidence that `security/electronegativity-exceptions.json`
 * does not list with a reason. Its own CLI exits 0 whatever it finds, so it cannot be the gate.
 *
 * It runs offline: Electronegativity fetches translations, and one check Electron's release
 * list, on every run; here both requests fail at once without leaving the machine, and the
 * release check is replaced by a direct check that the installed Electron is current.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import * as v from 'valibot'

const ROOT = join(__dirname, '..')
/** `src/` unless a folder is given: `tsx scripts/security-scan.ts <folder>`. */
const SCANNED = resolve(process.argv[2] ?? join(ROOT, 'src'))
const EXCEPTIONS_FILE = join(ROOT, 'security', 'electronegativity-exceptions.json')
/** docs/security.md item 16: a current Electron. */
const MIN_ELECTRON_MAJOR = 45
/** Needs the network (Electron's release list); MIN_ELECTRON_MAJOR stands in for it. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck']

const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 } as const
const CONFIDENCE = { TENTATIVE: 0, FIRM: 1, CERTAIN: 2 } as const

interface Level<Name extends string> {
  readonly value: number
  readonly name: Name
}

/** One finding, as Electronegativity's `run()` returns it. */
interface Issue {
  readonly id: string
  readonly file: string
  readonly location: { readonly line: number; readonly column: number }
  readonly description: string
  readonly severity: Level<keyof typeof SEVERITY>
  readonly confidence: Level<keyof typeof CONFIDENCE>
  readonly manualReview: boolean
}

interface ScanResult {
  readonly issues: readonly Issue[]
  readonly errors: readonly { file: string; message: string; tolerable: boolean }[]
  readonly globalChecks: number
  readonly atomicChecks: number
}

type Run = (options: Record<string, unknown>) => Promise<ScanResult>

const ExceptionsSchema = v.object({
  exceptions: v.array(
    v.strictObject({
      check: v.pipe(v.string(), v.regex(/^[A-Z_]+$/)),
      file: v.pipe(v.string(), v.minLength(1)),
      reason: v.pipe(v.string(), v.minLength(40, 'Each exception needs a real reason.')),
    }),
  ),
})
type Exception = v.InferOutput<typeof ExceptionsSchema>['exceptions'][number]

/** Load Electronegativity with `got` (its HTTP client) replaced by one that is always offline. */
function loadOfflineScanner(): Run {
  const requireScanner = createRequire(require.resolve('@doyensec/electronegativity'))
  const offline = (): Promise<never> =>
    Promise.reject(new Error('offline: the security scan makes no network requests'))
  const gotPath = requireScanner.resolve('got')
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: Object.assign(offline, { head: offline }),
  } as unknown as NodeModule
  return requireScanner('@doyensec/electronegativity') as Run
}

function installedElectronVersion(): string {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as { version: string }
  return manifest.version
}

function loadExceptions(): Exception[] {
  const parsed = v.safeParse(ExceptionsSchema, JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8')))
  if (!parsed.success) {
    throw new Error(
      `${relative(ROOT, EXCEPTIONS_FILE)} is malformed: ${v.summarize(parsed.issues)}`,
    )
  }
  return parsed.output.exceptions
}

const isBlocking = (issue: Issue): boolean =>
  issue.severity.value >= SEVERITY.MEDIUM && issue.confidence.value >= CONFIDENCE.FIRM

const exceptionFor = (issue: Issue, exceptions: readonly Exception[]): Exception | undefined =>
  exceptions.find((exception) => exception.check === issue.id && exception.file === issue.file)

function table(rows: readonly string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  return [
    line(rows[0]),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n')
}

function verdict(issue: Issue, exceptions: readonly Exception[]): string {
  if (!isBlocking(issue)) return 'below gate'
  return exceptionFor(issue, exceptions) ? 'excepted' : 'BLOCKS'
}

async function main(): Promise<number> {
  const electronVersion = installedElectronVersion()
  const exceptions = loadExceptions()
  const run = loadOfflineScanner()
  const result = await run({
    input: SCANNED,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: NETWORK_CHECKS,
  })
  let failures = 0

  console.log(
    `Electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks ` +
      `over ${relative(ROOT, SCANNED)}/ (Electron ${electronVersion}).`,
  )
  for (const error of result.errors) {
    console.log(`${error.tolerable ? 'warning' : 'error'}: ${error.file}: ${error.message}`)
    // A file the scanner could not parse was not checked at all.
    if (!error.tolerable) failures++
  }
  if (result.issues.length > 0) {
    const header = ['verdict', 'severity', 'confidence', 'check', 'where', 'description']
    const rows = result.issues.map((issue) => [
      verdict(issue, exceptions),
      issue.severity.name,
      issue.confidence.name,
      issue.id,
      `${issue.file}:${issue.location.line}`,
      issue.description + (issue.manualReview ? ' (review)' : ''),
    ])
    console.log(`\n${table([header, ...rows])}\n`)
  }
  const blocking = result.issues.filter((issue) => isBlocking(issue))
  for (const issue of blocking) {
    const exception = exceptionFor(issue, exceptions)
    if (exception) console.log(`excepted ${issue.id} in ${issue.file}: ${exception.reason}`)
    else failures++
  }
  for (const exception of exceptions) {
    if (!blocking.some((issue) => exceptionFor(issue, [exception]))) {
      console.log(`warning: the exception for ${exception.check} in ${exception.file} is unused.`)
    }
  }
  const major = Number(electronVersion.split('.')[0])
  if (!(major >= MIN_ELECTRON_MAJOR)) {
    console.log(`error: Electron ${electronVersion} is older than ${MIN_ELECTRON_MAJOR}.x.`)
    failures++
  }
  console.log(
    failures === 0
      ? 'Security scan passed: no MEDIUM+ finding at FIRM+ confidence outside the exceptions.'
      : `Security scan FAILED: ${failures} problem(s) above.`,
  )
  return failures === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error('Security scan could not run:', cause)
    process.exit(1)
  },
)
