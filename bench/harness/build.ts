/**
 * What the benchmarks run on: the web build in `out/web` (built only when missing or when asked,
 * since other work may be serving it) and the bench pages, built fresh into `out/bench` every
 * run. Both go through the Vite command line, as `npm run build:web` does: Vite's own plugins
 * (glob imports among them) do not all resolve when Vite is imported under tsx.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'

function run(root: string, command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed.`)
}

/**
 * Make sure `webDir` holds a web build: `npm run build:web` makes `out/web`; any other folder
 * gets the same build sent there.
 *
 * @param root - the repository
 * @param webDir - the web build to measure
 * @param rebuild - build even when one exists
 * @returns when the build in use was made
 */
export function ensureWebBuild(root: string, webDir: string, rebuild: boolean): Date {
  const index = join(webDir, 'index.html')
  const outDir = webDir === join(root, 'out/web') ? [] : ['--', '--outDir', webDir, '--emptyOutDir']
  if (rebuild || !existsSync(index)) run(root, 'npm', ['run', 'build:web', ...outDir])
  return statSync(index).mtime
}

/** @param root - the repository; the pages go to `out/bench` */
export function buildBenchPages(root: string): void {
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const config = join(root, 'bench/vite.bench.config.ts')
  run(root, process.execPath, [vite, 'build', '--configLoader', 'runner', '--config', config])
}
