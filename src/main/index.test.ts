/**
 * The wiring of main, with Electron mocked: what happens before `ready` (sandbox, privileged
 * scheme, single-instance lock, the gloss:// link handler) and after it (session locked down,
 * protocol, IPC, menu, window), and deep links arriving by every path the OS has.
 */
import { CHANNELS, CHANNELS_MAIN_SENDS } from '../shared/channels'
import { describe, expect, it, vi } from 'vitest'

const calls = vi.hoisted(() => [] as string[])
const ready = vi.hoisted(() => {
  let resolve: () => void = () => undefined
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
})
type Handler = (...args: unknown[]) => void
const state = vi.hoisted(() => ({
  windows: [] as {
    options: Record<string, unknown>
    loaded: string[]
    webContents: { send: ReturnType<typeof vi.fn>; handlers: Map<string, Handler[]> }
    focus: ReturnType<typeof vi.fn>
  }[],
  ipcChannels: [] as string[],
  appEvents: [] as string[],
  appHandlers: new Map<string, Handler[]>(),
  session: {} as Record<string, boolean>,
  contentsEvents: [] as string[],
  protocolClients: [] as unknown[][],
}))
const ARTICLE = '3f2b8c1e-9d4a-4b6e-8f1a-2c3d4e5f6a7b'
const HIGHLIGHT = '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d'
const FIRST_LINK = `gloss://open/article/${ARTICLE}/highlight/${HIGHLIGHT}`

vi.mock('electron', () => {
  const record =
    (name: string, result?: unknown) =>
    (..._args: unknown[]) => {
      calls.push(name)
      return result
    }
  const on = (handlers: Map<string, Handler[]>, event: string, handler: Handler) =>
    handlers.set(event, [...(handlers.get(event) ?? []), handler])
  class BrowserWindow {
    static getAllWindows = () => []
    readonly webContents = {
      send: vi.fn(),
      handlers: new Map<string, Handler[]>(),
      on: (event: string, handler: Handler) => {
        state.contentsEvents.push(event)
        on(this.webContents.handlers, event, handler)
      },
      reload: vi.fn(),
    }
    readonly focus = vi.fn()
    isMinimized = () => false
    restore = vi.fn()
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
      on: (event: string, handler: Handler) => {
        state.appEvents.push(event)
        on(state.appHandlers, event, handler)
      },
      quit: record('app.quit'),
      setAsDefaultProtocolClient: (...args: unknown[]) => {
        calls.push('app.setAsDefaultProtocolClient')
        state.protocolClients.push(args)
        return true
      },
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

/** Run what main registered for an app event, as Electron would emit it. */
function emitApp(event: string, ...args: unknown[]): void {
  for (const handler of state.appHandlers.get(event) ?? []) handler(...args)
}

const argvBefore = process.argv
// The first launch's command line, as the OS gives it when a link starts Gloss.
process.argv = [process.execPath, '/project', '--no-sandbox', FIRST_LINK]
await import('./index')
process.argv = argvBefore

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

  it('makes itself the gloss:// handler, as Electron with the project folder when unpackaged', () => {
    expect(state.protocolClients).toEqual([['gloss', process.execPath, ['/project']]])
    expect(calls.indexOf('app.setAsDefaultProtocolClient')).toBeLessThan(
      calls.indexOf('app.whenReady'),
    )
  })

  it('listens for macOS files and links from will-finish-launching, so none is missed', () => {
    expect(state.appEvents).not.toContain('open-url')
    emitApp('will-finish-launching')
    expect(state.appEvents).toEqual(expect.arrayContaining(['open-file', 'open-url']))
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

describe('deep links, by every path the OS has', () => {
  const sent = () =>
    state.windows[0].webContents.send.mock.calls.filter(
      ([channel]) => channel === CHANNELS.deepLink,
    )
  const pageLoads = () => {
    for (const handler of state.windows[0].webContents.handlers.get('did-finish-load') ?? []) {
      handler()
    }
  }

  it('a link on the first command line waits for the page, then goes to it', () => {
    expect(sent()).toEqual([])
    pageLoads()
    expect(sent()).toEqual([[CHANNELS.deepLink, { articleId: ARTICLE, annotationId: HIGHLIGHT }]])
  })

  it('a link a second launch forwards focuses the window and goes to the page', () => {
    const focused = state.windows[0].focus.mock.calls.length
    emitApp(
      'second-instance',
      {},
      ['/usr/bin/electron', '/project', '--flag', `gloss://open/article/${ARTICLE}`],
      '/home/reader',
    )
    expect(state.windows[0].focus.mock.calls.length).toBeGreaterThan(focused)
    expect(sent().at(-1)).toEqual([CHANNELS.deepLink, { articleId: ARTICLE }])
  })

  it('a macOS open-url link goes to the same place, its default prevented', () => {
    const event = { preventDefault: vi.fn() }
    emitApp('open-url', event, FIRST_LINK)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(sent().at(-1)).toEqual([
      CHANNELS.deepLink,
      { articleId: ARTICLE, annotationId: HIGHLIGHT },
    ])
  })

  it('opens one window, not two, when activate comes twice with no window shown', async () => {
    const before = state.windows.length
    emitApp('activate')
    emitApp('activate')
    await vi.waitFor(() => expect(state.windows).toHaveLength(before + 1))
    // Let a second opening, were one under way, reach its window.
    for (let turn = 0; turn < 10; turn++) await new Promise((done) => setImmediate(done))
    expect(state.windows).toHaveLength(before + 1)
  })

  it('a link that is not one Gloss makes is refused in a dialog and goes nowhere', async () => {
    const { dialog } = await import('electron')
    const before = sent().length
    emitApp('second-instance', {}, ['/opt/Gloss/gloss', 'gloss://app/index.html'], '/')
    emitApp('open-url', { preventDefault: vi.fn() }, `${FIRST_LINK}?next=https://evil.example`)
    expect(sent()).toHaveLength(before)
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(2))
    const messages = vi.mocked(dialog.showMessageBox).mock.calls.map((call) => call.at(-1))
    expect(messages).toEqual([
      expect.objectContaining({
        message: 'Gloss cannot open this link: it does not start with gloss://open/.',
      }),
      expect.objectContaining({
        message: 'Gloss cannot open this link: it is not written the way Gloss writes links.',
      }),
    ])
  })
})
