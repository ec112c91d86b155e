import { describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => [] as FakeWindow[])

class FakeWindow {
  readonly once = vi.fn((event: string, listener: () => void) => this.handlers.set(event, listener))
  readonly loadURL = vi.fn(async () => undefined)
  readonly loadFile = vi.fn(async () => undefined)
  readonly show = vi.fn()
  readonly maximize = vi.fn()
  readonly handlers = new Map<string, () => void>()
  constructor(readonly options: Record<string, unknown>) {
    created.push(this)
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }))

const { createMainWindow, WINDOW_BACKGROUNDS } = await import('./window')

const input = {
  placement: { bounds: { width: 1000, height: 800, x: 10, y: 40 }, maximized: false },
  preload: '/app/out/preload/index.js',
  icon: '/app/build/icon.png',
  darkMode: false,
  isPackaged: true,
  platform: 'linux' as NodeJS.Platform,
  url: 'gloss://app/index.html',
}

function create(overrides: Partial<typeof input> = {}): FakeWindow {
  return createMainWindow({ ...input, ...overrides }) as unknown as FakeWindow
}

const preferencesOf = (window: FakeWindow) =>
  window.options.webPreferences as Record<string, unknown>

describe('the reading window', () => {
  it('is created with every webPreferences item of the security checklist', () => {
    const prefs = preferencesOf(create())
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    })
    for (const forbidden of ['allowRunningInsecureContent', 'experimentalFeatures']) {
      expect(prefs[forbidden] ?? false, forbidden).toBe(false)
    }
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('enableRemoteModule')
  })

  it('loads gloss://app/index.html, never a file, and shows itself when ready', () => {
    const window = create()
    expect(window.loadURL).toHaveBeenCalledWith('gloss://app/index.html')
    expect(window.loadFile).not.toHaveBeenCalled()
    expect(window.options).toMatchObject({ show: false, x: 10, y: 40, width: 1000, height: 800 })
    expect(window.show).not.toHaveBeenCalled()
    window.handlers.get('ready-to-show')?.()
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.maximize).not.toHaveBeenCalled()
  })

  it('maximises before showing when it was maximised last time', () => {
    const window = create({ placement: { ...input.placement, maximized: true } })
    window.handlers.get('ready-to-show')?.()
    expect(window.maximize).toHaveBeenCalled()
  })

  it('shows the app icon on Linux, and leaves macOS and Windows to the app bundle', () => {
    expect(create().options.icon).toBe('/app/build/icon.png')
    expect(create({ platform: 'darwin' }).options).not.toHaveProperty('icon')
    expect(create({ platform: 'win32' }).options).not.toHaveProperty('icon')
  })

  it('paints the theme background before the page, to avoid a white flash in dark mode', () => {
    expect(create({ darkMode: true }).options.backgroundColor).toBe(WINDOW_BACKGROUNDS.dark)
    expect(create().options.backgroundColor).toBe(WINDOW_BACKGROUNDS.light)
  })

  it('allows DevTools only in a developer build', () => {
    expect(preferencesOf(create({ isPackaged: false })).devTools).toBe(true)
  })
})
