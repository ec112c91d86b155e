/**
 * The `gloss://app` protocol: the app's one origin, serving the built renderer and the bundled
 * articles from allow-listed folders only (see resolve-path.ts), with the Content Security
 * Policy and `nosniff` on every response, including errors. It replaces `file://`, which would
 * give the page the whole disk and an origin shared with every local file.
 */
import type { Protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { APP_SCHEME } from '../shared/channels'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { isAppUrl } from './app-url'
import { mimeTypeFor } from './mime-type'
import { resolveAppPath, type ServedRoots } from './resolve-path'

/**
 * `standard` gives the scheme real origins and relative URLs, `secure` makes it a secure context
 * (IndexedDB, crypto.subtle), `supportFetchAPI` lets the page fetch its own files, and
 * `codeCache` lets V8 cache compiled scripts between launches.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const

/**
 * Declare the scheme privileged. Electron allows this only before the app is ready.
 *
 * @param protocol - Electron's protocol module
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** Headers on every response: the policy, and no MIME sniffing. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  }
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') })
}

/**
 * The request handler, separate from Electron so a test can call it with a `Request`.
 *
 * @param roots - the allow-listed folders
 */
export function createAppRequestHandler(
  roots: ServedRoots,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'Method not allowed')
    }
    if (!isAppUrl(request.url)) return plainResponse(404, 'Not found')
    const file = await resolveAppPath(new URL(request.url).pathname, roots)
    if (!file) return plainResponse(404, 'Not found')
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return plainResponse(404, 'Not found')
    }
    const headers = securityHeaders(mimeTypeFor(file))
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers })
  }
}

/**
 * Serve `gloss://` once the app is ready.
 *
 * @param protocol - Electron's protocol module (or a session's)
 * @param roots - the allow-listed folders
 */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, roots: ServedRoots): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(roots))
}
