/**
 * Makes Gloss the OS's handler of `gloss://` links while it runs (the installers register the
 * scheme too; this covers a portable run, and a reinstall elsewhere). A packaged app registers
 * its own executable; an unpackaged run (`npm start`, the Electron e2e project) is the Electron
 * binary with the project folder as its argument, and must say so, or the OS would start bare
 * Electron on a click. The Electron e2e project's runs register nothing (`GLOSS_E2E=1`, honoured
 * only unpackaged): a test run must not leave the OS sending the reader's links to a
 * throw-away profile.
 */
import type { App } from 'electron'
import { resolve } from 'node:path'
import { APP_SCHEME } from '../../shared/channels'

export interface ProtocolClientRun {
  readonly isPackaged: boolean
  /** `process.execPath`: the app's executable, or the Electron binary when unpackaged. */
  readonly execPath: string
  /** `app.getAppPath()`: the project folder when unpackaged. */
  readonly appPath: string
  /** `process.env.GLOSS_E2E`: '1' when the e2e launcher started this run. */
  readonly e2e?: string
}

/**
 * The arguments of `app.setAsDefaultProtocolClient` for this run.
 *
 * @param run - how Gloss was started
 */
export function protocolClientArgs(
  run: ProtocolClientRun,
): [scheme: string] | [scheme: string, path: string, args: string[]] {
  if (run.isPackaged) return [APP_SCHEME]
  return [APP_SCHEME, run.execPath, [resolve(run.appPath)]]
}

/**
 * Register, and say so on the console when the OS would not have it (no desktop file on Linux,
 * a policy on Windows): links then do not reach Gloss, and nothing else changes.
 *
 * @param app - Electron's app
 * @param run - how Gloss was started
 */
export function registerProtocolClient(
  app: Pick<App, 'setAsDefaultProtocolClient'>,
  run: ProtocolClientRun,
): void {
  if (!run.isPackaged && run.e2e === '1') return
  const [scheme, path, args] = protocolClientArgs(run)
  // Never `undefined` for the optional ones: Electron would take it for an executable path.
  const registered =
    path === undefined
      ? app.setAsDefaultProtocolClient(scheme)
      : app.setAsDefaultProtocolClient(scheme, path, args)
  if (!registered) {
    console.warn(`Gloss could not make itself the handler of ${APP_SCHEME}:// links.`)
  }
}
