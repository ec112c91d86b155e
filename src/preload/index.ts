/**
 * The preload: the one bridge between the sandboxed page and main. It exposes `window.gloss`, a
 * `ReaderHost` made of named functions over IPC and nothing else (no `ipcRenderer`, no event
 * objects, no Node). Each call resolves to a `Result`, even if IPC itself fails; menu listeners
 * get only known command strings, deep-link listeners only well-formed ids. It runs as CommonJS in the sandbox, so it imports only
 * `electron` and pure shared constants; main validates every payload.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS, type Channel } from '../shared/channels'
import { isDeepLinkTarget } from '../shared/deep-link'
import { MENU_COMMANDS, type ChosenFile, type MenuCommand, type ReaderHost } from '../shared/host'
import { fail, type Result } from '../shared/result'

async function invoke<T>(channel: Channel, ...args: unknown[]): Promise<Result<T>> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as Result<T>
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return fail('io', `Gloss could not reach its main process: ${detail}`)
  }
}

/** What main sends as files from the OS, checked: a list of tokens with names and sizes. */
function chosenFiles(value: unknown): ChosenFile[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (file): file is ChosenFile =>
      typeof file === 'object' &&
      file !== null &&
      typeof file.token === 'string' &&
      typeof file.name === 'string' &&
      typeof file.size === 'number',
  )
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.some((command) => command === value)
}

const glossHost: ReaderHost = {
  capabilities: { nativeMenu: true, nativeSaveDialog: true, exportFolder: true },
  loadArticle: () => invoke(CHANNELS.loadArticle),
  saveFile: (request) => invoke(CHANNELS.saveFile, request),
  openFile: (request) => invoke(CHANNELS.openFile, request),
  chooseExportFolder: () => invoke(CHANNELS.chooseExportFolder),
  writeExportFolder: (request) => invoke(CHANNELS.writeExportFolder, request),
  chooseArticleFiles: () => invoke(CHANNELS.chooseArticleFiles),
  readArticleFile: (token) => invoke(CHANNELS.readArticleFile, token),
  onFilesFromSystem(listener) {
    const relay = (_event: IpcRendererEvent, files: unknown): void => {
      const checked = chosenFiles(files)
      if (checked.length > 0) listener(checked)
    }
    ipcRenderer.on(CHANNELS.filesFromSystem, relay)
    return () => {
      ipcRenderer.removeListener(CHANNELS.filesFromSystem, relay)
    }
  },
  onDeepLink(listener) {
    const relay = (_event: IpcRendererEvent, target: unknown): void => {
      if (!isDeepLinkTarget(target)) return
      const { articleId, annotationId } = target
      listener(annotationId === undefined ? { articleId } : { articleId, annotationId })
    }
    ipcRenderer.on(CHANNELS.deepLink, relay)
    return () => {
      ipcRenderer.removeListener(CHANNELS.deepLink, relay)
    }
  },
  openExternal: (url) => invoke(CHANNELS.openExternal, url),
  copyText: (text) => invoke(CHANNELS.copyText, text),
  readClipboard: () => invoke(CHANNELS.readClipboard),
  onMenuCommand(listener) {
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(CHANNELS.menuCommand, relay)
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, relay)
    }
  },
  onCloseRequest(save) {
    const relay = (_event: IpcRendererEvent, token: unknown): void => {
      // Whatever happens while saving, the window may close: main waits for this, or 2 s.
      void save()
        .catch(() => undefined)
        .then(() => invoke(CHANNELS.closeReady, token))
    }
    ipcRenderer.on(CHANNELS.closeRequest, relay)
    return () => {
      ipcRenderer.removeListener(CHANNELS.closeRequest, relay)
    }
  },
}

contextBridge.exposeInMainWorld('gloss', glossHost)
