/**
 * Where the e2e browsers come from. Playwright cannot download its own Chromium here, so the web
 * project drives Debian's (`/usr/bin/chromium`, or `CHROMIUM_PATH`); the electron project needs
 * the Electron binary that `npm start` downloads on a machine that can reach GitHub.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags that keep Chromium quiet and offline on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export type ElectronBinary = { readonly path: string } | { readonly missing: string }

/**
 * Find the Electron executable without importing the `electron` package, whose import starts a
 * download when the binary is absent.
 */
export function findElectronBinary(root: string): ElectronBinary {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) {
    return {
      missing:
        'The Electron binary is not installed (node_modules/electron/path.txt is absent; it is ' +
        'downloaded from GitHub on first `npm start`, which this machine cannot reach).',
    }
  }
  const relative = readFileSync(pathFile, 'utf8').trim()
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist')
  const executable = join(dist, relative)
  return existsSync(executable)
    ? { path: executable }
    : { missing: `The Electron binary ${executable} is missing.` }
}
