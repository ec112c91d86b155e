/**
 * Reading the clipboard on the web host, for Paste as new article: the async Clipboard API,
 * which the browser allows only after a user gesture (and may ask the reader about). Where it
 * is refused, the message says how to paste instead: Ctrl+V outside a text field is a paste
 * event the page reads without any permission (adding/usePasteToAdd.ts).
 */
import type { ClipboardContent } from '@shared/host'
import { fail, ok, type Result } from '@shared/result'

const PASTE_INSTEAD =
  'The browser did not let Gloss read the clipboard. Press Ctrl+V (⌘V on a Mac) in the library or an article to paste it as a new article.'

export async function readClipboardContent(): Promise<Result<ClipboardContent>> {
  try {
    let html = ''
    let text = ''
    for (const item of await navigator.clipboard.read()) {
      if (!html && item.types.includes('text/html')) {
        html = await (await item.getType('text/html')).text()
      }
      if (!text && item.types.includes('text/plain')) {
        text = await (await item.getType('text/plain')).text()
      }
    }
    return ok({ html, text })
  } catch {
    return fail('unsupported', PASTE_INSTEAD)
  }
}
