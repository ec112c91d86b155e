/**
 * Where main finds things: the built renderer and preload next to the built main, the bundled
 * articles in the project's `resources/` (developer build) or the app's resources folder
 * (packaged), the app icon in the project's `build/` or, packaged, the resources folder
 * (electron-builder.yml copies it there), and the window state in userData.
 */
import { join } from 'node:path'
import type { ServedRoots } from './resolve-path'

export interface AppPaths extends ServedRoots {
  /** The built preload script (CommonJS). */
  readonly preload: string
  /** The app icon as a PNG, which the window shows on Linux. */
  readonly icon: string
  /** Where the window's size and position are remembered. */
  readonly windowState: string
}

export interface PathInputs {
  /** The folder of the built main script (`out/main`). */
  readonly mainDir: string
  /** `app.getAppPath()`: the project root unpackaged, the asar when packaged. */
  readonly appPath: string
  readonly isPackaged: boolean
  /** `process.resourcesPath`: where a packaged app keeps extra resources. */
  readonly resourcesPath: string
  /** `app.getPath('userData')`. */
  readonly userData: string
}

/**
 * @param inputs - what Electron and Node report about this run
 */
export function appPaths(inputs: PathInputs): AppPaths {
  const resources = inputs.isPackaged ? inputs.resourcesPath : join(inputs.appPath, 'resources')
  return {
    renderer: join(inputs.mainDir, '..', 'renderer'),
    preload: join(inputs.mainDir, '..', 'preload', 'index.js'),
    icon: inputs.isPackaged
      ? join(inputs.resourcesPath, 'icon.png')
      : join(inputs.appPath, 'build', 'icon.png'),
    articles: join(resources, 'articles'),
    windowState: join(inputs.userData, 'window-state.json'),
  }
}
