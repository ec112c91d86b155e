/**
 * Fails fast, with the fix, when what the e2e run needs is missing: the built renderer and
 * Debian's Chromium. (The Electron binary is checked per test, which is skipped with the reason.)
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_PATH } from './support/browsers'

export default function globalSetup(): void {
  const root = join(__dirname, '..')
  if (!existsSync(join(root, 'out/web/index.html'))) {
    throw new Error('out/web is not built: run `npm run build:web` (npm test does) first.')
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    )
  }
}
