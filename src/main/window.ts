/**
 * The reading window: every item of Electron's security checklist that lives in webPreferences,
 * where it opens, and showing it only once the first frame is ready, over a background that
 * matches the theme so there is no white flash. The options are written inline in
 * `new BrowserWindow({...})` because that is where Electronegativity looks for them.
 */
import { BrowserWindow } from 'electron'
import { MIN_SIZE, type Placement } from './window-placement'

/** The light and dark themes' `--bg` (renderer styles/themes.css), shown until the first paint. */
export const WINDOW_BACKGROUNDS = { light: '#fbfaf7', dark: '#17181b' } as const

export interface WindowOptionsInput {
  readonly placement: Placement
  readonly preload: string
  /** The app icon (PNG). Linux shows it for the window; macOS and Windows take the app's own. */
  readonly icon: string
  readonly darkMode: boolean
  readonly isPackaged: boolean
  readonly platform: NodeJS.Platform
  /** What to load: the app's gloss:// entry, or in development the renderer's dev server. */
  readonly url: string
}

/**
 * Create the window, load the app into it, and show it when ready.
 *
 * @param input - where the window goes and what this run is
 */
export function createMainWindow(input: WindowOptionsInput): BrowserWindow {
  const window = new BrowserWindow({
    ...input.placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Gloss',
    ...(input.platform === 'linux' ? { icon: input.icon } : {}),
    backgroundColor: input.darkMode ? WINDOW_BACKGROUNDS.dark : WINDOW_BACKGROUNDS.light,
    webPreferences: {
      preload: input.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would open links in a new window; new windows are denied anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: !input.isPackaged,
      // Chromium's spellchecker downloads dictionaries on Windows and Linux; macOS's is local.
      spellcheck: input.platform === 'darwin',
    },
  })
  window.once('ready-to-show', () => {
    if (input.placement.maximized) window.maximize()
    window.show()
  })
  window.loadURL(input.url).catch((cause: unknown) => {
    console.error('Gloss could not load its page:', cause)
  })
  return window
}
