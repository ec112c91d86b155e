/**
 * No network: the window's session cancels every request that is not the app's own
 * `gloss://app`, a `data:` URL, or a `blob:` the app made. A photo, font or script that tried to
 * reach the internet (or the disk through `file:`) fails instead of leaking a request.
 */
import type { Session } from 'electron'
import { isAppUrl, isDevServerSocket } from './app-url'

export interface NetworkFilterOptions {
  /** DevTools pages load from `devtools:`; allowed only in an unpackaged (developer) build. */
  readonly allowDevTools: boolean
}

/**
 * Whether the session lets a request through.
 *
 * @param url - the request's URL
 * @param options - what else a developer build may load
 */
export function isAllowedRequestUrl(url: string, options: NetworkFilterOptions): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  switch (parsed.protocol) {
    case 'gloss:':
      return isAppUrl(url)
    case 'data:':
      return true
    case 'blob:':
      // `blob:gloss://app/<uuid>`: only blobs the app's own pages created.
      return isAppUrl(parsed.pathname)
    case 'devtools:':
      return options.allowDevTools
    // Development only: the renderer's dev server and its hot-reload socket (app-url.ts).
    case 'http:':
      return isAppUrl(url)
    case 'ws:':
      return isDevServerSocket(url)
    default:
      return false
  }
}

/**
 * Cancel every request the filter refuses.
 *
 * @param session - the window's session
 * @param options - what else a developer build may load
 */
export function installNetworkFilter(
  session: Pick<Session, 'webRequest'>,
  options: NetworkFilterOptions,
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, options)
    if (!allowed) console.warn(`Gloss blocked a request to ${details.url.slice(0, 200)}`)
    callback({ cancel: !allowed })
  })
}
