/**
 * Files the OS asks Gloss to open: on the command line of the first launch, in the arguments a
 * second launch forwards through the single-instance lock, and in macOS's `open-file` event.
 * They are given tokens (chosen-files.ts) like files picked in the dialog, and handed to the
 * page, which adds them; until the page has loaded they wait here.
 */
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChosenFile } from '../../shared/host'
import type { ChosenFiles } from './chosen-files'

/** A URL's scheme: two letters or more, so a Windows drive (`C:`) is not taken for one. */
const URL_SCHEME = /^[a-z][a-z\d+.-]+:/i

/** The path an argument names: a path, or a `file:` URL; null for any other URL. */
function argumentPath(arg: string, cwd: string): string | null {
  if (!URL_SCHEME.test(arg)) return isAbsolute(arg) ? arg : resolve(cwd, arg)
  if (!/^file:/i.test(arg)) return null
  try {
    return fileURLToPath(arg)
  } catch {
    // A file URL of another host (file://server/x), which names no local path.
    return null
  }
}

/**
 * The file arguments of a command line: what follows the executable (and, unpackaged, the app
 * folder), without switches such as `--no-sandbox` or Chromium's own. Linux file managers
 * pass `file:` URLs (the desktop file's `%U`, which gloss:// links need too); other URLs are
 * not files and are left out (a gloss:// link goes to links/deep-link-inbox.ts).
 *
 * @param argv - `process.argv`, or the `argv` of a `second-instance` event
 * @param cwd - the folder relative paths are relative to
 * @param isPackaged - `app.isPackaged` (unpackaged, `argv[1]` is the app folder)
 */
export function fileArguments(argv: readonly string[], cwd: string, isPackaged: boolean): string[] {
  return argv
    .slice(isPackaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .flatMap((arg) => argumentPath(arg, cwd) ?? [])
}

export interface SystemFileInbox {
  /** Files the OS handed over: sent to the page now, or once it has loaded. */
  receive(paths: readonly string[]): Promise<void>
  /** The page has loaded (again): send what waited. */
  pageReady(): void
  /**
   * The page is gone (its window closed; on macOS the app stays): hold files until the next
   * window's page loads, rather than send them to no page.
   */
  pageGone(): void
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
    pageGone() {
      ready = false
    },
  }
}
