/**
 * Test helper: the `dir` package electron-builder makes from the current build, without a real
 * Electron: `electronDist` points at a stand-in Electron folder (one executable file and its
 * version), which electron-builder copies instead of downloading (it cannot be downloaded on
 * machines without GitHub). Everything else is what `npm run package` packs: electron-builder.yml,
 * app.asar, the articles in resources/. The asar is unpacked so the built main can be loaded.
 */
import { execFile } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { extractAll, listPackage } from '@electron/asar'

export interface PackagedApp {
  /** The unpacked app.asar: what `app.getAppPath()` is in the packaged app. */
  readonly app: string
  /** `process.resourcesPath` of the packaged app. */
  readonly resources: string
  /** Every path inside app.asar, `/out/main/index.js` and so on. */
  readonly asarFiles: readonly string[]
}

/** The Electron version the stand-in claims to be (the one package.json asks for). */
const ELECTRON_VERSION = '45.5.0'

/** @param root - the project folder, built (`npm run build`) */
export async function packageDir(root: string): Promise<PackagedApp> {
  const work = mkdtempSync(join(tmpdir(), 'gloss-package-'))
  const electronDist = join(work, 'electron-dist')
  const output = join(work, 'dist')
  mkdirSync(electronDist)
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "a stand-in for Electron"\n')
  chmodSync(join(electronDist, 'electron'), 0o755)
  writeFileSync(join(electronDist, 'version'), `v${ELECTRON_VERSION}`)
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${ELECTRON_VERSION}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  )
  const resources = join(output, 'linux-unpacked', 'resources')
  const asar = join(resources, 'app.asar')
  const app = join(work, 'app')
  extractAll(asar, app)
  return { app, resources, asarFiles: listPackage(asar, { isPack: false }) }
}
