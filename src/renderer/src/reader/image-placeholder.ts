/**
 * What the reader is told about a picture Gloss does not have: its alt text, and that it was
 * only linked from the web (naming the host) and is not fetched, since Gloss makes no requests.
 */
import type { ImageRef } from '@shared/article'

/**
 * @param picture - the missing picture
 * @returns a sentence for the placeholder and its accessible name
 */
export function placeholderLabel(picture: ImageRef): string {
  const where = picture.remoteHost
    ? `Picture from ${picture.remoteHost}, not kept offline`
    : 'Picture not kept offline'
  const alt = picture.alt.trim()
  return alt ? `${alt} (${where})` : where
}
