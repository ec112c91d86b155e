/**
 * Launches the built desktop app through Playwright's Electron support, the way `npm start`
 * does (electron-launch.ts), with a temporary userData folder so every test starts from a fresh
 * profile.
 */
import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { waitForStart, watchPage, type GlossApp } from './app'
import { electronLaunchArgs } from './electron-launch'

export interface ElectronGlossApp extends GlossApp {
  /** The Electron application, for checks that need main (webPreferences, windows). */
  readonly electron: ElectronApplication
}

/**
 * @param executablePath - the Electron binary
 * @param root - the project folder
 * @param extraArgs - more of the command line, as the OS adds them (a file, a gloss:// link)
 */
export async function launchElectronApp(
  executablePath: string,
  root: string,
  extraArgs: readonly string[] = [],
): Promise<ElectronGlossApp> {
  const userData = await mkdtemp(join(tmpdir(), 'gloss-electron-'))
  const requests: string[] = []
  const errors: string[] = []
  let electron: ElectronApplication
  let page: Page

  const open = async (): Promise<Page> => {
    electron = await _electron.launch({
      executablePath,
      args: [...electronLaunchArgs(root, userData), ...extraArgs],
      cwd: root,
      // The run does not make itself the OS's handler of gloss:// links (links/protocol-client.ts).
      env: { ...process.env, GLOSS_E2E: '1' },
    })
    page = await electron.firstWindow()
    watchPage(page, requests, errors)
    await waitForStart(page)
    return page
  }
  await open()

  return {
    kind: 'electron',
    get page() {
      return page
    },
    get electron() {
      return electron
    },
    requests,
    errors,
    async restart() {
      await electron.close()
      return open()
    },
    async close() {
      await electron.close()
      await rm(userData, { recursive: true, force: true })
    },
  }
}
