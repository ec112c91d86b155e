/**
 * Makes sure the Electron binary is there before `npm start` / `npm run dev` launch it.
 *
 * Electron 45 has no install step: its binary is downloaded from GitHub the first time the
 * `electron` package is required, and electron-vite looks for the binary without requiring the
 * package, so on a fresh clone it would only say "Electron uninstall". This runs Electron's own
 * downloader first unless the binary is there and runs (electron-binary.ts), checks it again
 * after, and if that cannot work, says what to do.
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { electronBinaryProblem } from './electron-binary'

const MINIMUM_NODE = [22, 12] as const

function nodeIsRecentEnough(): boolean {
  const [major, minor] = process.versions.node.split('.').map(Number)
  return major > MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor >= MINIMUM_NODE[1])
}

function giveUp(reason: string): never {
  console.error(
    `\n${reason}\n\nTo read in a browser instead (it needs neither): npm run start:web\n` +
      'then open http://127.0.0.1:4173/\n',
  )
  process.exit(1)
}

const electronDir = join(process.cwd(), 'node_modules', 'electron')
const problem = electronBinaryProblem(electronDir)
if (problem !== null) {
  if (!nodeIsRecentEnough()) {
    giveUp(
      `${problem} Gloss needs Electron, whose downloader requires Node ${MINIMUM_NODE.join('.')} ` +
        `or newer (this is Node ${process.versions.node}).`,
    )
  }
  console.log(`${problem} Downloading Electron (once)…`)
  // The downloader does nothing while path.txt is there, whatever became of the binary.
  rmSync(join(electronDir, 'path.txt'), { force: true })
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
  })
  if (download.status !== 0) {
    giveUp('Electron could not be downloaded (it comes from GitHub: is this machine online?).')
  }
  const after = electronBinaryProblem(electronDir)
  if (after !== null) giveUp(`${after} Try \`rm -rf node_modules/electron && npm install\`.`)
}
