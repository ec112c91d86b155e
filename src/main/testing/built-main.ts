/**
 * Test helper: the built main process (`out/main/index.js`, or the one inside a package),
 * loaded in Node under a recording double of the `electron` module. What main registers (the
 * gloss:// handler, IPC handlers, windows, error dialogs) is recorded for the test to use.
 */
import { createRequire } from 'node:module'
import Module from 'node:module'
import { join } from 'node:path'

export interface Recorded {
  protocolHandler?: (request: Request) => Promise<Response>
  ipc: Map<string, (event: unknown, ...args: unknown[]) => unknown>
  windows: { icon?: string; webPreferences: { preload: string } }[]
  /** Every URL a window was told to load. */
  loaded: string[]
  /** The arguments of every `app.setAsDefaultProtocolClient` call. */
  protocolClients: unknown[][]
  errors: string[]
}

export interface BuiltMainRun {
  /** The built main script to load. */
  readonly main: string
  /** What `app.getAppPath()` answers. */
  readonly appPath: string
  readonly isPackaged: boolean
  /** `process.resourcesPath` of a packaged app. */
  readonly resourcesPath?: string
  readonly userData: string
}

function electronDouble(run: BuiltMainRun, recorded: Recorded) {
  const { appPath, userData } = run
  const nothing = () => undefined
  class BrowserWindow {
    static getAllWindows = () => []
    readonly webContents = {
      send: nothing,
      on: nothing,
      reload: nothing,
      once: nothing,
      setWindowOpenHandler: nothing,
    }
    constructor(options: Recorded['windows'][number]) {
      recorded.windows.push(options)
    }
    on = nothing
    once = nothing
    show = nothing
    maximize = nothing
    isMaximized = () => false
    isVisible = () => true
    isDestroyed = () => false
    isMinimized = () => false
    getBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 })
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 })
    loadURL = async (url: string) => {
      recorded.loaded.push(url)
    }
  }
  return {
    app: {
      isPackaged: run.isPackaged,
      enableSandbox: nothing,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: nothing,
      quit: nothing,
      getAppPath: () => appPath,
      getPath: (name: string) => (name === 'userData' ? userData : join(userData, name)),
      getVersion: () => '0.0.0-test',
      setAboutPanelOptions: nothing,
      showAboutPanel: nothing,
      setAsDefaultProtocolClient: (...args: unknown[]) => {
        recorded.protocolClients.push(args)
        return true
      },
    },
    protocol: {
      registerSchemesAsPrivileged: nothing,
      handle: (_scheme: string, handler: Recorded['protocolHandler']) => {
        recorded.protocolHandler = handler
      },
    },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: nothing, onHeadersReceived: nothing },
        setPermissionRequestHandler: nothing,
        setPermissionCheckHandler: nothing,
        setDevicePermissionHandler: nothing,
      },
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) =>
        recorded.ipc.set(channel, listener),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: nothing },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: {
      showMessageBox: (...args: unknown[]) => {
        recorded.errors.push(JSON.stringify(args.at(-1)))
        return Promise.resolve({ response: 0 })
      },
      showErrorBox: (title: string, text: string) => recorded.errors.push(`${title}: ${text}`),
    },
    shell: { openExternal: nothing },
    clipboard: { writeText: nothing, read: async () => [] },
    BrowserWindow,
  }
}

/**
 * Load a built main and let it start as far as its window.
 *
 * @param run - which main, and how Electron would describe the app to it
 */
export async function startBuiltMain(run: BuiltMainRun): Promise<Recorded> {
  const recorded: Recorded = {
    ipc: new Map(),
    windows: [],
    loaded: [],
    errors: [],
    protocolClients: [],
  }
  const electron = electronDouble(run, recorded)
  const moduleWithLoad = Module as unknown as { _load: (...args: unknown[]) => unknown }
  const load = moduleWithLoad._load
  const processWithResources = process as unknown as { resourcesPath: string | undefined }
  const resourcesBefore = processWithResources.resourcesPath
  moduleWithLoad._load = function (request: unknown, ...rest: unknown[]) {
    return request === 'electron' ? electron : load.call(this, request, ...rest)
  }
  processWithResources.resourcesPath = run.resourcesPath
  try {
    createRequire(join(run.appPath, 'package.json'))(run.main)
    // whenReady().then(start): let start run to the window.
    for (let i = 0; i < 100 && recorded.windows.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  } finally {
    moduleWithLoad._load = load
    processWithResources.resourcesPath = resourcesBefore
  }
  return recorded
}
