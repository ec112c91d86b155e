/**
 * The one test of "is this the app itself?", used for navigation, window opening, permission
 * and IPC sender checks alike. Node gives `new URL('gloss://app/x').origin` as the string "null"
 * for a non-special scheme, so the origin is compared as protocol plus host, with no user,
 * password or port that could make `gloss://app@evil` or `gloss://app.evil.com` pass.
 */
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../shared/channels'

/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** In development only (index.ts, dev-server.ts): the renderer's dev server is the app too. */
let devServer: URL | null = null

/** @param url - the dev server's page, or null (always, in a packaged app) */
export function trustDevServer(url: string | null): void {
  devServer = url === null ? null : new URL(url)
}

/** Whether a URL is on the trusted dev server, over `scheme` (`http:`, or `ws:` for reloads). */
function onDevServer(parsed: URL, scheme: 'http:' | 'ws:'): boolean {
  return devServer !== null && parsed.protocol === scheme && parsed.host === devServer.host
}

/**
 * Whether a URL is the dev server's hot-reload socket (development only).
 *
 * @param url - any URL string
 */
export function isDevServerSocket(url: string): boolean {
  return URL.canParse(url) && onDevServer(new URL(url), 'ws:')
}

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
  if (parsed.username !== '' || parsed.password !== '') return false
  return (
    (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) ||
    onDevServer(parsed, 'http:')
  )
}
