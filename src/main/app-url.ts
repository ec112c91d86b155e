/**
 * The one test of "is this the app itself?", used for navigation, window opening, permission
 * and IPC sender checks alike. Node gives `new URL('gloss://app/x').origin` as the string "null"
 * for a non-special scheme, so the origin is compared as protocol plus host, with no user,
 * password or port that could make `gloss://app@evil` or `gloss://app.evil.com` pass.
 */
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../shared/channels'

/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Whether a URL belongs to the app's own origin, `gloss://app`.
 *
 * @param url - any URL string, trusted or not
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  )
}
