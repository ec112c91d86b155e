/**
 * The folders the user chose to export into, by token, as `chosen-files.ts` does for files: the
 * page gets a token and a name for the folder picked in the native dialog, and writes only
 * through the token, so a compromised page cannot name any other folder. Tokens live until the
 * app quits; each is a fresh UUID.
 */
import type { OpenDialogOptions } from 'electron'
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { ExportFolder } from '../../shared/host'
import { ok, type Result } from '../../shared/result'

export interface ExportFolders {
  /** Give a token to a folder the user chose. */
  add(path: string): ExportFolder
  /** The path behind a token, or undefined when main never gave it out. */
  pathOf(token: string): string | undefined
}

export function createExportFolders(): ExportFolders {
  const paths = new Map<string, string>()
  return {
    add(path) {
      const token = randomUUID()
      paths.set(token, path)
      return { token, name: basename(path) || path }
    },
    pathOf: (token) => paths.get(token),
  }
}

export interface ChooseExportFolderDeps {
  /** The native dialog, already bound to the window it belongs to. */
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  /** Where the dialog opens. */
  readonly documentsDir: string
  readonly folders: ExportFolders
}

/**
 * Ask for the folder to export into (one the user may create in the dialog).
 *
 * @param deps - dialog, starting folder and the token registry
 */
export async function chooseExportFolder(
  deps: ChooseExportFolderDeps,
): Promise<Result<ExportFolder | null>> {
  const choice = await deps.showOpenDialog({
    title: 'Export all into a folder',
    buttonLabel: 'Export here',
    defaultPath: deps.documentsDir,
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  })
  const [path] = choice.filePaths
  if (choice.canceled || path === undefined) return ok(null)
  return ok(deps.folders.add(path))
}
