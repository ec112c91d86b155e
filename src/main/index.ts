/**
 * Gloss's main process: wiring only. Before the app is ready it turns on the sandbox for every
 * renderer, declares the privileged gloss:// scheme, guards every future web contents and takes
 * the single-instance lock, and listens for files and `gloss://open/…` deep links from the OS
 * (links/); once ready it locks down the session (network filter, permissions), serves
 * gloss://, registers the validated IPC handlers and the menu, mends a database log a full disk
 * left torn (storage/), and opens the window.
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, nativeTheme } from 'electron'
import { protocol, screen, session, shell } from 'electron'
import { CHANNELS } from '../shared/channels'
import type { MenuCommand } from '../shared/host'
import { fail, ok, type HostError } from '../shared/result'
import { readBundledArticle } from './article/bundled-article'
import { cachedArticleSource } from './article/article-source'
import { writeFileAtomic } from './files/atomic-write'
import { chooseArticleFiles, readArticleFile } from './files/article-files'
import { createChosenFiles } from './files/chosen-files'
import { chooseExportFolder, createExportFolders } from './files/export-folders'
import { writeExportFolder } from './files/write-export-folder'
import { openFile } from './files/open-file'
import { createSystemFileInbox, fileArguments } from './files/system-files'
import { createDeepLinkInbox, deepLinkArguments } from './links/deep-link-inbox'
import { registerProtocolClient } from './links/protocol-client'
import { saveFile } from './files/save-file'
import { registerHostHandlers } from './ipc/handlers'
import { buildMenuTemplate } from './menu'
import { installNavigationGuards } from './navigation'
import { installNetworkFilter } from './network-filter'
import { guardClose } from './close-guard'
import { copyToClipboard } from './copy-text'
import { createClipboardReader } from './read-clipboard'
import { openExternalLink } from './open-external'
import { APP_ENTRY_URL, trustDevServer } from './app-url'
import { devServerUrl } from './dev-server'
import { appPaths, type AppPaths } from './paths'
import { installPermissionHandlers } from './permissions'
import { installAppProtocol, registerAppScheme } from './protocol'
import { repairTornIndexedDbLogs } from './storage/repair-indexeddb'
import { createMainWindow } from './window'
import { placeWindow } from './window-placement'
import { watchWindowLoad } from './window-recovery'
import { loadWindowState, trackWindowState } from './window-state'

let mainWindow: BrowserWindow | null = null
/** Answers the page's close-ready message for the current window (close-guard.ts). */
let closeReady: (token: number) => boolean = () => false
/** Set on `before-quit`: a window held open to save is closing because the app quits. */
let quitting = false
let flushWindowState: () => Promise<void> = async () => undefined
/** Once ready: open the window again (macOS keeps running with none; a link then opens one). */
let reopenWindow: (() => void) | null = null
/** The window being opened by `reopenWindow`, so two quick links open one window, not two. */
let reopening: Promise<void> | null = null
/** Paste as new article: the one clipboard read the reader's command allows. */
const clipboardReader = createClipboardReader(clipboard)
/** Files the user chose to add (dialog, Open with), by the tokens the page reads them through. */
const chosenFiles = createChosenFiles()
/** Folders the user chose to export into, by the tokens the page writes through. */
const exportFolders = createExportFolders()
const systemFiles = createSystemFileInbox(chosenFiles, (files) =>
  mainWindow?.webContents.send(CHANNELS.filesFromSystem, files),
)

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

/** A refused link: said in a dialog (once the app can show one), and nothing else happens. */
function refuseLink(reason: string): void {
  const options = {
    type: 'warning' as const,
    title: 'Gloss',
    message: reason,
    detail:
      'A link to a highlight looks like gloss://open/article/…/highlight/…; Copy link in a highlight’s popover makes one.',
  }
  void app
    .whenReady()
    .then(() =>
      mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
    )
}

/** Links from the OS, by whichever path they came (see links/deep-link-inbox.ts). */
const deepLinks = createDeepLinkInbox({
  send: (target) => mainWindow?.webContents.send(CHANNELS.deepLink, target),
  show: () => (mainWindow ? focusMainWindow() : reopenWindow?.()),
  refuse: refuseLink,
})

function sendMenuCommand(command: MenuCommand): void {
  if (command === 'paste-article') clipboardReader.allowOnce()
  mainWindow?.webContents.send(CHANNELS.menuCommand, command)
}

function documentsDir(): string {
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}

function showArticleError(error: HostError): void {
  const options = {
    type: 'error' as const,
    title: 'Gloss',
    message: 'Gloss could not open the article.',
    detail: `${error.message}\n\nReinstalling Gloss should restore the bundled article.`,
  }
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
}

function showOpenDialog(options: Electron.OpenDialogOptions) {
  return mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)
}

function registerServices(paths: AppPaths): void {
  const loadArticle = cachedArticleSource(
    () => readBundledArticle(paths.articles),
    showArticleError,
  )
  registerHostHandlers(ipcMain, {
    loadArticle,
    saveFile: (request) =>
      saveFile(request, {
        documentsDir: documentsDir(),
        write: writeFileAtomic,
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      }),
    openFile: (request) => openFile(request, { documentsDir: documentsDir(), showOpenDialog }),
    chooseExportFolder: () =>
      chooseExportFolder({ documentsDir: documentsDir(), showOpenDialog, folders: exportFolders }),
    writeExportFolder: (request) => writeExportFolder(request, { folders: exportFolders }),
    chooseArticleFiles: () =>
      chooseArticleFiles({ documentsDir: documentsDir(), showOpenDialog, chosen: chosenFiles }),
    readArticleFile: (token) => readArticleFile(token, chosenFiles),
    openExternal: (url) => openExternalLink(url, (href) => shell.openExternal(href)),
    copyText: (text) => copyToClipboard(text, (value) => clipboard.writeText(value)),
    readClipboard: () => clipboardReader.read(),
    closeReady: async (token) =>
      closeReady(token) ? ok(undefined) : fail('invalid-payload', 'No close was asked for.'),
  })
}

async function openMainWindow(paths: AppPaths): Promise<void> {
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  const workAreas = [primary, ...others].map((display) => display.workArea)
  const window = createMainWindow({
    placement: placeWindow(await loadWindowState(paths.windowState), workAreas),
    preload: paths.preload,
    icon: paths.icon,
    darkMode: nativeTheme.shouldUseDarkColors,
    isPackaged: app.isPackaged,
    platform: process.platform,
    url: devUrl ?? APP_ENTRY_URL,
  })
  watchWindowLoad(window, {
    ask: async (message, detail, buttons) =>
      (
        await dialog.showMessageBox(window, {
          type: 'error',
          message,
          detail,
          buttons: [...buttons],
        })
      ).response,
    quit: () => app.quit(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
  })
  closeReady = guardClose(window, {
    channel: CHANNELS.closeRequest,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    quitting: () => quitting,
    quit: () => app.quit(),
  })
  flushWindowState = trackWindowState(window, paths.windowState).flush
  window.webContents.on('did-finish-load', () => {
    systemFiles.pageReady()
    deepLinks.pageReady()
  })
  window.on('closed', () => {
    if (mainWindow !== window) return
    mainWindow = null
    systemFiles.pageGone()
    deepLinks.pageGone()
  })
  mainWindow = window
}

async function start(): Promise<void> {
  const paths = appPaths({
    mainDir: __dirname,
    appPath: app.getAppPath(),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
  })
  installNetworkFilter(session.defaultSession, { allowDevTools: !app.isPackaged })
  installPermissionHandlers(session.defaultSession)
  installAppProtocol(protocol, paths)
  registerServices(paths)
  // Before any page opens its database: a write a full disk cut short would cost all of it.
  for (const repair of await repairTornIndexedDbLogs(app.getPath('userData'), new Date())) {
    console.warn(
      `Gloss cut a write the full disk had left unfinished (${repair.cut} bytes) off ${repair.log}; the folder as it was is in ${repair.copy}.`,
    )
  }
  app.setAboutPanelOptions({
    applicationName: 'Gloss',
    applicationVersion: app.getVersion(),
    credits: 'Read, highlight and annotate offline. The bundled photos are labelled stand-ins.',
  })
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: 'Gloss',
        send: sendMenuCommand,
        showAbout: () => app.showAboutPanel(),
      }),
    ),
  )
  await openMainWindow(paths)
  reopenWindow = () => {
    reopening ??= openMainWindow(paths).finally(() => (reopening = null))
  }
  // Through `reopenWindow`, as a deep link is: an `activate` and an `open-url` arriving together
  // with no window open must not open two.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) reopenWindow?.()
  })
}

/** `npm run dev`: the renderer's dev server, trusted as the app; null otherwise (dev-server.ts). */
const devUrl = devServerUrl({
  isPackaged: app.isPackaged,
  rendererUrl: process.env.ELECTRON_RENDERER_URL,
})
trustDevServer(devUrl)

app.enableSandbox()
registerAppScheme(protocol)
installNavigationGuards(app)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerProtocolClient(app, {
    isPackaged: app.isPackaged,
    execPath: process.execPath,
    appPath: app.getAppPath(),
    e2e: process.env.GLOSS_E2E,
  })
  // Files and links on the first launch's command line, and those a second launch forwards.
  void systemFiles.receive(fileArguments(process.argv, process.cwd(), app.isPackaged))
  for (const link of deepLinkArguments(process.argv)) deepLinks.receive(link)
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow()
    void systemFiles.receive(fileArguments(argv, workingDirectory, app.isPackaged))
    for (const link of deepLinkArguments(argv)) deepLinks.receive(link)
  })
  // macOS: Open with, a file dropped on the Dock icon, a gloss:// link clicked in another app.
  // Listening from will-finish-launching catches those that start Gloss, before it is ready.
  app.on('will-finish-launching', () => {
    app.on('open-file', (event, path) => {
      event.preventDefault()
      void systemFiles.receive([path])
    })
    app.on('open-url', (event, url) => {
      event.preventDefault()
      deepLinks.receive(url)
    })
  })
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  let stateSaved = false
  app.on('will-quit', (event) => {
    if (stateSaved) return
    // Let the last window-state write finish, then quit for real.
    event.preventDefault()
    stateSaved = true
    void flushWindowState().finally(() => app.quit())
  })
  app
    .whenReady()
    .then(start)
    .catch((cause: unknown) => {
      dialog.showErrorBox(
        'Gloss could not start',
        cause instanceof Error ? cause.message : `${cause}`,
      )
      app.quit()
    })
}
