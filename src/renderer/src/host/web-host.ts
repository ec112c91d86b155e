/**
 * The web host: `ReaderHost` implemented inside the page, so the renderer runs in a plain
 * browser (`npm run start:web`, the Playwright web project). The article comes from the build
 * (parsed by the same code main uses); saving downloads a Blob; opening and adding use a file
 * input; there is no native menu.
 */
import bundledArticle from 'virtual:gloss/bundled-article'
import type { Article } from '@shared/article'
import type { ReaderHost } from '@shared/host'
import { isOpenableExternalUrl } from '@shared/external-url'
import { fail, ok } from '@shared/result'
import { pickArticleFiles, readPickedArticleFile } from './web-article-files'
import { readClipboardContent } from './web-clipboard'
import { downloadFile, pickFile } from './web-files'

export const host: ReaderHost = {
  capabilities: { nativeMenu: false, nativeSaveDialog: false, exportFolder: false },
  loadArticle: async () => ok(bundledArticle as Article),
  saveFile: downloadFile,
  openFile: (request) => pickFile(request.purpose),
  // A page cannot write into a folder of its own choosing: Export all downloads one ZIP instead.
  chooseExportFolder: async () =>
    fail('unsupported', 'Exporting into a folder needs the Gloss desktop app.'),
  writeExportFolder: async () =>
    fail('unsupported', 'Exporting into a folder needs the Gloss desktop app.'),
  chooseArticleFiles: pickArticleFiles,
  readArticleFile: readPickedArticleFile,
  // No OS hands files to a browser tab (they are dropped or picked instead).
  onFilesFromSystem: () => () => undefined,
  // Nor links: here a link to a highlight is the page's own address, `#/article/…/highlight/…`.
  onDeepLink: () => () => undefined,
  copyText: async (text) => {
    try {
      await navigator.clipboard.writeText(text)
      return ok(undefined)
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause)
      return fail('io', `The text could not be copied: ${detail}`)
    }
  },
  readClipboard: readClipboardContent,
  openExternal: async (url) => {
    if (!isOpenableExternalUrl(url)) {
      return fail('invalid-payload', 'Gloss opens only https: and mailto: links outside the app.')
    }
    // A new browsing context that cannot reach back into the reader.
    window.open(url, '_blank', 'noopener,noreferrer')
    return ok(undefined)
  },
  // No native menu in a browser: nothing is ever sent (in-page shortcuts stand in for it).
  onMenuCommand: () => () => undefined,
  // The browser closes a tab without asking; drafts/ saves on pagehide instead.
  onCloseRequest: () => () => undefined,
}
