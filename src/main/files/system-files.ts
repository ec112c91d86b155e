/**
 * Files the OS asks Gloss to open: on the command line of the first launch, in the arguments a
 * second launch forwards through the single-instance lock, and in macOS's `open-file` event.
 * They are given tokens (chosen-files.ts) like files picked in the dialog, and handed to the
 * page, which adds them; until the page has loaded they wait here.
 */
import { isAbsolute, resolve } from 'node:path'
import { isDeepLinkArgument } from '../../shared/deep-link'
import type { ChosenFile } from '../../shared/host'
import type { ChosenFiles } from './chosen-files'

/**
 * The file arguments of a command line: what follows the executable (and, unpackaged, the app
 * folder), without switches such as `--no-sandbox` or Chromium's own, nor `gloss:` deep links
 * (links/deep-link-inbox.ts takes those).
 *
 * @param argv - `process.argv`, or the `argv` of a `second-instance` event
 * @param cwd - the folder relative paths are relative to
 * @param isPackaged - `app.isPackaged` (unpackaged, `argv[1]` is the app folder)
 */
export function fileArguments(argv: readonly string[], cwd: string, isPackaged: boolean): string[] {
  return argv
    .slice(isPackaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-') && !isDeepLinkArgument(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)))
}

export interface SystemFileInbox {
  /** Files the OS handed over: sent to the page now, or once it has loaded. */
  receive(paths: readonly string[]): Promise<void>
  /** The page has loaded (again): send what waited. */
  pageReady(): void
}

/**
 * @param chosen - the token registry
 * @param send - deliver tokens to the page
 */
export function createSystemFileInbox(
  chosen: ChosenFiles,
  send: (files: readonly ChosenFile[]) => void,
): SystemFileInbox {
  let ready = false
  let waiting: ChosenFile[] = []
  return {
    async receive(paths) {
      const files = await chosen.choose(paths)
      if (files.length === 0) return
      if (ready) send(files)
      else waiting.push(...files)
    },
    pageReady() {
      ready = true
      if (waiting.length === 0) return
      const files = waiting
      waiting = []
      send(files)
    },
  }
}
