/**
 * An article's text → a fingerprint two copies of it share, for finding duplicates that have no
 * address in common (a page saved twice, a paste of an article already added). The canonical
 * text is made NFC and its whitespace (U+00A0 included) collapsed to single spaces, so a copy
 * saved from another browser, with other line breaks or spaces, still matches; then SHA-256
 * through Web Crypto (`crypto.subtle`, a maintained native digest; it runs off the main thread).
 */

/** @param text - the article's canonical text */
export function textForHashing(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/**
 * @param text - the article's canonical text
 * @returns SHA-256 of the normalised text, 64 lower-case hex digits
 */
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(textForHashing(text))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
