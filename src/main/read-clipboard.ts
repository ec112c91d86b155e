/**
 * Reading the system clipboard for Paste as new article. The page may not read the clipboard
 * itself (every web permission is denied), and main reads it only when the reader has just
 * asked: the menu item (or its shortcut) opens a short window for one read. A page that asks
 * at any other time, as a compromised one might to spy on what was copied, gets nothing.
 */
import { MAX_FILE_CHARS, type ClipboardContent } from '../shared/host'
import { fail, ok, type Result } from '../shared/result'

/** How long after the reader's command one read is allowed. */
export const CLIPBOARD_READ_WINDOW_MS = 10_000

export interface ClipboardReader {
  /** The reader chose Paste as new article: allow one read now. */
  allowOnce(): void
  read(): Promise<Result<ClipboardContent>>
}

/** The clipboard as Electron's async API gives it: items, each with its MIME types. */
export interface ClipboardItems {
  read(): Promise<
    readonly { readonly types: readonly string[]; getType(type: string): Promise<unknown> }[]
  >
}

/** The first item's `type`, as text; empty when no item has it. */
async function textOf(clipboard: ClipboardItems, type: string): Promise<string> {
  for (const item of await clipboard.read()) {
    if (!item.types.includes(type)) continue
    const payload = await item.getType(type)
    if (payload instanceof Blob) return payload.text()
    if (typeof payload === 'string') return payload
  }
  return ''
}

/**
 * @param clipboard - Electron's `clipboard`
 * @param now - the clock (milliseconds)
 */
export function createClipboardReader(
  clipboard: ClipboardItems,
  now: () => number = Date.now,
): ClipboardReader {
  let allowedUntil = -Infinity
  return {
    allowOnce() {
      allowedUntil = now() + CLIPBOARD_READ_WINDOW_MS
    },
    async read() {
      if (now() > allowedUntil) {
        return fail('forbidden-sender', 'Gloss reads the clipboard only when you paste.')
      }
      allowedUntil = -Infinity
      let html: string
      let text: string
      try {
        html = await textOf(clipboard, 'text/html')
        text = await textOf(clipboard, 'text/plain')
      } catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause)
        return fail('io', `The clipboard could not be read: ${detail}`)
      }
      if (html.length > MAX_FILE_CHARS || text.length > MAX_FILE_CHARS) {
        return fail('too-large', 'What was copied is too large to add as one article.')
      }
      return ok({ html, text })
    },
  }
}
