/**
 * A smoke test of what `electron-vite build` made, not of the sources: `out/main/index.js` is
 * loaded in Node under a recording double of the `electron` module, with the app path Electron
 * would give the app as the Electron e2e project launches it (electron-launch.ts). Then: nothing
 * throws at start; the gloss:// handler serves index.html and every script, style, font and
 * image the page names with the right MIME type; the article loads over IPC; the preload the
 * window names exists. It checks the wiring of the build on machines without Electron; it does
 * not replace the Electron e2e project.
 */
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import Module from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { electronLaunchArgs } from '../../e2e/support/electron-launch'
import { CHANNELS } from '../shared/channels'

const ROOT = join(__dirname, '..', '..')
const BUILT_MAIN = join(ROOT, 'out', 'main', 'index.js')
const built = existsSync(BUILT_MAIN)
if (!built)
  console.warn('built-main.test.ts skipped: out/main is not built (npm run build; npm test does).')

/** `electron <arg>`: a folder is the app; a script runs in the default app, from its folder. */
function appPathFor(arg: string): string {
  return statSync(arg).isDirectory() ? arg : dirname(arg)
}

interface Recorded {
  protocolHandler?: (request: Request) => Promise<Response>
  ipc: Map<string, (event: unknown, ...args: unknown[]) => unknown>
  windows: { webPreferences: { preload: string } }[]
  errors: string[]
}

function electronDouble(appPath: string, userData: string, recorded: Recorded) {
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
    constructor(options: { webPreferences: { preload: string } }) {
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
    loadURL = async () => undefined
  }
  return {
    app: {
      isPackaged: false,
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
    clipboard: { writeText: nothing },
    BrowserWindow,
  }
}

const recorded: Recorded = { ipc: new Map(), windows: [], errors: [] }

describe.skipIf(!built)(
  'the built main process, started as the Electron e2e project starts it',
  () => {
    const moduleWithLoad = Module as unknown as { _load: (...args: unknown[]) => unknown }
    const load = moduleWithLoad._load
    beforeAll(async () => {
      const userData = mkdtempSync(join(tmpdir(), 'gloss-built-main-'))
      const [appArg] = electronLaunchArgs(ROOT, userData)
      const electron = electronDouble(appPathFor(appArg), userData, recorded)
      moduleWithLoad._load = function (request: unknown, ...rest: unknown[]) {
        return request === 'electron' ? electron : load.call(this, request, ...rest)
      }
      createRequire(__filename)(BUILT_MAIN)
      // whenReady().then(start): let start run to the window.
      for (let i = 0; i < 100 && recorded.windows.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })
    afterAll(() => {
      moduleWithLoad._load = load
    })

    const get = (path: string) => recorded.protocolHandler!(new Request(`gloss://app${path}`))

    it('starts without an error and opens a window whose preload exists', () => {
      expect(recorded.errors).toEqual([])
      expect(recorded.windows).toHaveLength(1)
      expect(existsSync(recorded.windows[0].webPreferences.preload)).toBe(true)
    })

    it('serves index.html, what it names, and every script, style and font built, each as its type', async () => {
      const index = await get('/index.html')
      expect(index.status).toBe(200)
      expect(index.headers.get('Content-Type')).toMatch(/^text\/html/)
      const named = [...(await index.text()).matchAll(/(?:src|href)="(\.?\/[^"]+)"/g)].map(
        ([, path]) => new URL(path, 'gloss://app/index.html').pathname,
      )
      expect(named.filter((path) => path.endsWith('.js')).length).toBeGreaterThan(0)
      expect(named.filter((path) => path.endsWith('.css')).length).toBeGreaterThan(0)
      // Everything built, so chunks loaded later (import()) and fonts named in CSS are covered.
      const built = readdirSync(join(ROOT, 'out', 'renderer', 'assets')).map((f) => `/assets/${f}`)
      expect(built.some((path) => path.endsWith('.woff2'))).toBe(true)
      const types: Record<string, RegExp> = {
        js: /^text\/javascript/,
        css: /^text\/css/,
        woff2: /^font\/woff2/,
        svg: /^image\/svg\+xml/,
        png: /^image\/png/,
      }
      for (const path of new Set([...named, ...built])) {
        const response = await get(path)
        expect(response.status, path).toBe(200)
        const type = types[path.split('.').at(-1)!]
        expect(type, `a type for ${path}`).toBeDefined()
        expect(response.headers.get('Content-Type'), path).toMatch(type)
      }
    })

    it('loads the bundled article over IPC, and serves its photos', async () => {
      const event = { senderFrame: { url: 'gloss://app/index.html', parent: null } }
      const result = (await recorded.ipc.get(CHANNELS.loadArticle)!(event)) as {
        ok: boolean
        value?: { title: string; assetBase: string; blocks: { image?: string | null }[] }
      }
      expect(result.ok).toBe(true)
      const article = result.value!
      expect(article.title).toMatch(/Putin/)
      const photos = article.blocks.flatMap((block) => (block.image ? [block.image] : []))
      expect(photos.length).toBeGreaterThan(0)
      for (const photo of photos) {
        const response = await get(
          new URL(article.assetBase + photo, 'gloss://app/index.html').pathname,
        )
        expect(response.status, photo).toBe(200)
        expect(response.headers.get('Content-Type'), photo).toMatch(/^image\//)
      }
    })
  },
)
