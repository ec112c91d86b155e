/**
 * Opening a link the reader clicked in the system browser or mail client. The IPC schema already
 * refuses anything but `https:` and `mailto:`; the check is repeated here, next to the call that
 * could launch a program, so no other caller can skip it.
 */
import { isOpenableExternalUrl } from '../shared/external-url'
import { fail, ok, type Result } from '../shared/result'

/**
 * @param url - the link's href
 * @param open - `shell.openExternal`
 */
export async function openExternalLink(
  url: string,
  open: (url: string) => Promise<void>,
): Promise<Result<void>> {
  if (!isOpenableExternalUrl(url)) {
    return fail('unsupported', 'Gloss opens only https: and mailto: links outside the app.')
  }
  try {
    // The parsed form: percent-encoded, no stray whitespace for the OS handler to misread.
    await open(new URL(url).href)
    return ok(undefined)
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return fail('io', `The link could not be opened: ${detail}`)
  }
}
