/**
 * Which links may leave Gloss: the one rule shared by main (before `shell.openExternal`) and the
 * web host (before `window.open`). Kept apart from the IPC schemas so the renderer can use it
 * without bundling the validation library.
 */

/** Longest link Gloss hands to the system browser; real links are far shorter. */
export const MAX_EXTERNAL_URL_CHARS = 2048

/** Schemes a clicked link may open outside Gloss. */
export const EXTERNAL_URL_PROTOCOLS: readonly string[] = ['https:', 'mailto:']

/**
 * Whether a link may be opened in the system browser or mail client: parsed as a URL (never
 * prefix-matched, so `java&#x09;script&colon;` and ` javascript:` fail), `https:` with a host
 * and no embedded credentials, or `mailto:`.
 *
 * @param url - the link's href as the renderer read it
 */
export function isOpenableExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!EXTERNAL_URL_PROTOCOLS.includes(parsed.protocol)) return false
  if (parsed.protocol === 'mailto:') return true
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
}
