/**
 * Whether the Electron binary `npm start` would launch is really there and runs: `path.txt`
 * alone says only that a download once began (an interrupted one, or a `dist/` folder removed
 * since, leaves it behind), so the executable it names must exist and answer `--version`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Runs the binary with `--version`; resolves whether it exited 0, for tests to replace. */
export type RunVersion = (executable: string) => boolean

const runVersion: RunVersion = (executable) =>
  spawnSync(executable, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0

/**
 * @param electronDir - `node_modules/electron`
 * @param run - runs `<binary> --version`
 * @returns null when the binary is there and runs, else what is wrong, in a sentence
 */
export function electronBinaryProblem(
  electronDir: string,
  run: RunVersion = runVersion,
): string | null {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return 'Electron has not been downloaded yet.'
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(executable)) return `The Electron binary ${executable} is missing.`
  if (!run(executable)) return `The Electron binary ${executable} does not run.`
  return null
}
