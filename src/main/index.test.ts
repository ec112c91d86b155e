/**
 * The wiring of main, with Electron mocked: what happens before `ready` (sandbox, privileged
 * scheme, single-instance lock) and after it (session locked down, protocol, IPC, menu, window).
 */
import { CHANNELS, CHANNELS_MAIN_SENDS } from '../shared/channels'
import { describe, expect, it, vi } from 'vitest'

const calls = vi.hoisted(() => [] as string[])
const ready = vi.hoisted(() => {
  let resolve: () => void = () => undefined
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
})
const state = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  ipcChannels: [] as string[],
  appEvents: [] as string[],
  session: {} as Record<string, boolean>,
  contentsEvents: [] as string[],
}))

vi.mock('electron', () => {
  const record =
    (name: string, result?: unknown) =>
    (..._args: unknown[]) => {
      calls.push(name)
      return result
    }
  class BrowserWindow {
    static getAllWindows = () => []
    readonly webContents = {
      send: vi.fn(),
      on: (event: string) => state.contentsEvents.push(event),
      reload: vi.fn(),
    }
    readonly loaded: string[] = []
    constructor(readonly options: Record<string, unknown>) {
      calls.push('new BrowserWindow')
      state.windows.push(this)
    }
    on() {}
    once() {}
    isVisible = () => true
    isDestroyed = () => false
    show() {}
    loadURL(url: string) {
      this.loaded.push(url)
      return Promise.resolve()
    }
    loadFile(path: string) {
      this.loaded.push(`file:${path}`)
      return Promise.resolve()
    }
  }
  return {
    app: {
      isPackaged: false,
      enableSandbox: record('app.enableSandbox'),
      requestSingleInstanceLock: record('app.requestSingleInstanceLock', true),
      whenReady: () => {
        calls.push('app.whenReady')
        return ready.promise
      },
      on: (event: string) => state.appEvents.push(event),
      quit: record('app.quit'),
      getAppPath: () => '/project',
      getPath: (name: string) => `/home/reader/${name}`,
      getVersion: () => '0.1.0',
      setAboutPanelOptions: record('app.setAboutPanelOptions'),
      showAboutPanel: record('app.showAboutPanel'),
    },
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: record('protocol.handle'),
    },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: () => (state.session.networkFilter = true) },
        setPermissionRequestHandler: () => (state.session.permissionRequest = true),
        setPermissionCheckHandler: () => (state.session.permissionCheck = true),
        setDevicePermissionHandler: () => (state.session.devicePermission = true),
      },
    },
    ipcMain: { handle: (channel: string) => state.ipcChannels.push(channel) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: record('Menu.setApplicationMenu'),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: { showMessageBox: vi.fn(), showErrorBox: record('dialog.showErrorBox') },
    shell: { openExternal: vi.fn() },
    clipboard: { writeText: vi.fn(), read: vi.fn(async () => []) },
    BrowserWindow,
  }
})

vi.mock('./storage/repair-indexeddb', () => ({
  repairTornIndexedDbLogs: async (userData: string) => {
    calls.push(`repairTornIndexedDbLogs ${userData}`)
    return []
  },
}))

await import('./index')

describe('main before the app is ready', () => {
  it('enables the sandbox and registers gloss: before waiting for ready', () => {
    const whenReady = calls.indexOf('app.whenReady')
    expect(calls.indexOf('app.enableSandbox')).toBeGreaterThanOrEqual(0)
    expect(calls.indexOf('app.enableSandbox')).toBeLessThan(whenReady)
    expect(calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(whenReady)
    expect(calls.indexOf('app.requestSingleInstanceLock')).toBeLessThan(whenReady)
    expect(calls).not.toContain('new BrowserWindow')
  })

  it('guards every web contents and handles a second instance', () => {
    expect(state.appEvents).toEqual(
      expect.arrayContaining(['web-contents-created', 'second-instance', 'window-all-closed']),
    )
  })
})

describe('main once ready', () => {
  it('locks the session down, serves gloss:, registers IPC and the menu, then opens the window', async () => {
    ready.resolve()
    await vi.waitFor(() => expect(state.windows).toHaveLength(1))
    expect(state.session).toEqual({
      networkFilter: true,
      permissionRequest: true,
      permissionCheck: true,
      devicePermission: true,
    })
    expect(calls).toContain('protocol.handle')
    expect(calls).toContain('Menu.setApplicationMenu')
    // Every request channel is handled; the menu channel is the one main sends on.
    const requestChannels = Object.values(CHANNELS).filter((c) => !CHANNELS_MAIN_SENDS.includes(c))
    expect(state.ipcChannels.sort()).toEqual(requestChannels.sort())
    expect(requestChannels).toContain('gloss:clipboard:write')
    expect(calls.indexOf('protocol.handle')).toBeLessThan(calls.indexOf('new BrowserWindow'))
    // The database logs are checked before any window can open a database.
    const repair = calls.indexOf('repairTornIndexedDbLogs /home/reader/userData')
    expect(repair).toBeGreaterThanOrEqual(0)
    expect(repair).toBeLessThan(calls.indexOf('new BrowserWindow'))
  })

  it('loads the app over gloss://, never from a file', () => {
    const [window] = state.windows
    expect(window.loaded).toEqual(['gloss://app/index.html'])
    // Never invisible: a page that fails to load or a renderer that dies shows the window.
    expect(state.contentsEvents).toEqual(
      expect.arrayContaining(['did-fail-load', 'render-process-gone']),
    )
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    })
  })
})
