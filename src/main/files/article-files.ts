/**
 * Adding articles from files: the native open dialog (many files at once, pages, Markdown and
 * text offered first), and reading one chosen file with the saved page's folder beside it.
 */
import type { OpenDialogOptions } from 'electron'
import { basename } from 'node:path'
import {
  MAX_ARTICLE_FILE_BYTES,
  MAX_CHOSEN_FILES,
  type ArticleFile,
  type ChosenFile,
} from '../../shared/host'
import { fail, ok, type Result } from '../../shared/result'
import type { ChosenFiles } from './chosen-files'
import { describeFileError } from './file-errors'
import { ARTICLE_FILTERS } from './file-types'
import { readBytesWithin } from './open-file'
import { readPageFolder } from './page-folder'

export interface ArticleFilesDeps {
  /** The native dialog, already bound to the window it belongs to. */
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  /** Where the dialog opens. */
  readonly documentsDir: string
  readonly chosen: ChosenFiles
}

/**
 * Ask for articles to add.
 *
 * @param deps - dialog, starting folder and the token registry
 */
export async function chooseArticleFiles(
  deps: ArticleFilesDeps,
): Promise<Result<readonly ChosenFile[] | null>> {
  const choice = await deps.showOpenDialog({
    title: 'Add articles',
    defaultPath: deps.documentsDir,
    filters: ARTICLE_FILTERS,
    properties: ['openFile', 'multiSelections'],
  })
  if (choice.canceled || choice.filePaths.length === 0) return ok(null)
  if (choice.filePaths.length > MAX_CHOSEN_FILES) {
    return fail(
      'too-large',
      `${choice.filePaths.length} files were chosen; Gloss adds up to ${MAX_CHOSEN_FILES} at a time.`,
    )
  }
  return ok(await deps.chosen.choose(choice.filePaths))
}

/**
 * Read a chosen file, and its page folder when it is a page saved "complete".
 *
 * @param token - a token `chooseArticleFiles` (or Open with) gave out, validated
 * @param chosen - the token registry
 */
export async function readArticleFile(
  token: string,
  chosen: ChosenFiles,
): Promise<Result<ArticleFile>> {
  const path = chosen.pathOf(token)
  if (path === undefined) return fail('invalid-payload', 'That file was not chosen to be added.')
  const name = basename(path)
  try {
    const read = await readBytesWithin(path, MAX_ARTICLE_FILE_BYTES)
    if (!read.ok) return read
    const siblings = await readPageFolder(path)
    return ok({ name, bytes: new Uint8Array(read.value), siblings })
  } catch (cause) {
    return fail('io', `"${name}" could not be read: ${describeFileError(cause)}`)
  }
}
