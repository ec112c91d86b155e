/**
 * Saving and opening files as each host does it, so one spec runs on both: on the web, a
 * download and a file chooser; in Electron, main's native save and open dialogs, answered by
 * replacing `dialog.showSaveDialog` / `dialog.showOpenDialog` in main for the next call.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { GlossApp } from './app'
import type { ElectronGlossApp } from './electron-app'

function electronOf(app: GlossApp): ElectronGlossApp | null {
  return app.kind === 'electron' ? (app as ElectronGlossApp) : null
}

/** A file the app saved: where the test put it, and the name the app gave it. */
export interface SavedFile {
  readonly path: string
  readonly name: string
}

/**
 * Do what saves a file (press Save) and catch the file in `folder`.
 *
 * @param app - the running app
 * @param folder - where to put the saved file
 * @param save - the action that saves
 */
export async function catchSavedFile(
  app: GlossApp,
  folder: string,
  save: () => Promise<void>,
): Promise<SavedFile> {
  await mkdir(folder, { recursive: true })
  const electron = electronOf(app)
  if (!electron) {
    const [download] = await Promise.all([app.page.waitForEvent('download'), save()])
    const name = download.suggestedFilename()
    const path = join(folder, name)
    await download.saveAs(path)
    return { path, name }
  }
  // Main keeps the path its stubbed dialog answered, for the test to read back after saving.
  await electron.electron.evaluate(({ dialog }, into) => {
    const main = globalThis as { glossSavedPath?: string }
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string }
      const name = (options.defaultPath ?? 'export').split(/[\\/]/).pop()!
      main.glossSavedPath = `${into}/${name}`
      return { canceled: false, filePath: main.glossSavedPath }
    }) as typeof dialog.showSaveDialog
  }, folder)
  await save()
  const path = await electron.electron.evaluate(
    () => (globalThis as { glossSavedPath?: string }).glossSavedPath ?? '',
  )
  return { path, name: basename(path) }
}

/** A file to pick: one on disk, or one made in the test. */
export type PickedFile =
  { readonly path: string } | { readonly name: string; readonly text: string }

/**
 * Do what opens the file picker (press Import annotations) and pick `file`.
 *
 * @param app - the running app
 * @param file - the file to pick
 * @param open - the action that opens the picker
 */
export async function pickFile(
  app: GlossApp,
  file: PickedFile,
  open: () => Promise<void>,
): Promise<void> {
  const electron = electronOf(app)
  if (!electron) {
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), open()])
    await chooser.setFiles(
      'path' in file
        ? file.path
        : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) },
    )
    return
  }
  let path: string
  if ('path' in file) path = file.path
  else {
    path = join(tmpdir(), `gloss-pick-${Date.now()}-${file.name}`)
    await writeFile(path, file.text)
  }
  await electron.electron.evaluate(({ dialog }, filePath) => {
    dialog.showOpenDialog = (async () => ({
      canceled: false,
      filePaths: [filePath],
    })) as typeof dialog.showOpenDialog
  }, path)
  await open()
}

/**
 * Do what opens the Add articles picker and pick these files from disk (several at once).
 *
 * @param app - the running app
 * @param paths - the files to pick
 * @param open - the action that opens the picker
 */
export async function pickFiles(
  app: GlossApp,
  paths: readonly string[],
  open: () => Promise<void>,
): Promise<void> {
  const electron = electronOf(app)
  if (!electron) {
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), open()])
    await chooser.setFiles([...paths])
    return
  }
  await electron.electron.evaluate(({ dialog }, filePaths) => {
    dialog.showOpenDialog = (async () => ({
      canceled: false,
      filePaths: [...filePaths],
    })) as typeof dialog.showOpenDialog
  }, paths)
  await open()
}
