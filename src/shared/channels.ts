/**
 * IPC channel names, `gloss:<domain>:<verb>`. Kept apart from the payload schemas so the
 * sandboxed preload can import them without pulling in a validation library.
 */
export const CHANNELS = {
  loadArticle: 'gloss:article:load',
  saveFile: 'gloss:file:save',
  openFile: 'gloss:file:open',
  chooseExportFolder: 'gloss:export-folder:choose',
  writeExportFolder: 'gloss:export-folder:write',
  chooseArticleFiles: 'gloss:article-files:choose',
  readArticleFile: 'gloss:article-files:read',
  /** Main → page: the OS asked Gloss to open these files (Open with, a second launch). */
  filesFromSystem: 'gloss:article-files:from-system',
  /** Main → page: a gloss://open/… link, checked in main: the article or highlight to show. */
  deepLink: 'gloss:deep-link:open',
  openExternal: 'gloss:shell:open-external',
  copyText: 'gloss:clipboard:write',
  readClipboard: 'gloss:clipboard:read',
  menuCommand: 'gloss:menu:command',
  /** Main → page: the window is about to close; save what is pending (with a token). */
  closeRequest: 'gloss:window:close-request',
  /** Page → main: saved, close now (with the token). */
  closeReady: 'gloss:window:close-ready',
} as const

/** The channels main sends on; every other one is a request main handles. */
export const CHANNELS_MAIN_SENDS: readonly Channel[] = [
  CHANNELS.menuCommand,
  CHANNELS.closeRequest,
  CHANNELS.filesFromSystem,
  CHANNELS.deepLink,
]

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS]

/** The app's one origin. IndexedDB is per origin: changing it would look like losing every note. */
export const APP_SCHEME = 'gloss'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
