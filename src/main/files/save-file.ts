/**
 * Saving an export: the native save dialog (in Documents, under a name made safe for every OS,
 * filtered to the format's extension), then an atomic write. Cancelling writes nothing; a place
 * Gloss cannot write to gives a clear `io` error and leaves whatever was there untouched.
 */
import type { SaveDialogOptions } from 'electron'
import { basename, dirname, join } from 'node:path'
import type { SavedFile, SaveFileRequest } from '../../shared/host'
import { fail, ok, type Result } from '../../shared/result'
import { safeFileName } from '../../shared/safe-file-name'
import { describeFileError } from './file-errors'
import { extensionFor, saveFiltersFor } from './file-types'

export interface SaveFileDeps {
  /** The native dialog, already bound to the window it belongs to. */
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  /** Where the dialog opens. */
  readonly documentsDir: string
  /** Writes the file atomically (atomic-write.ts). */
  write(path: string, content: SaveFileRequest['content']): Promise<void>
}

/**
 * The name the dialog proposes: safe on every OS, with the format's extension if it had none.
 *
 * @param suggestedName - the renderer's suggestion
 * @param mimeType - the content's type
 */
export function proposedFileName(suggestedName: string, mimeType: string): string {
  const safe = safeFileName(suggestedName)
  const extension = extensionFor(mimeType)
  if (!extension || /\.[A-Za-z0-9]{1,16}$/.test(safe)) return safe
  return safeFileName(`${safe}.${extension}`)
}

/**
 * Ask where to save, then write.
 *
 * @param request - a validated save request
 * @param deps - dialog, folder and writer
 */
export async function saveFile(
  request: SaveFileRequest,
  deps: SaveFileDeps,
): Promise<Result<SavedFile>> {
  const choice = await deps.showSaveDialog({
    title: 'Save',
    defaultPath: join(deps.documentsDir, proposedFileName(request.suggestedName, request.mimeType)),
    filters: saveFiltersFor(request.mimeType),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  })
  if (choice.canceled || !choice.filePath) return ok({ saved: false, name: '' })
  const name = basename(choice.filePath)
  try {
    await deps.write(choice.filePath, request.content)
  } catch (cause) {
    return fail(
      'io',
      `"${name}" was not saved in ${dirname(choice.filePath)}: ${describeFileError(cause)} ` +
        'Nothing there was changed.',
    )
  }
  return ok({ saved: true, name })
}
