/**
 * A tiny static file server for the benchmarks: URL paths → files under a few mounted folders,
 * on 127.0.0.1 and a free port, with the MIME types the app's own protocol sends (module scripts
 * refuse to run without a JavaScript type). Paths that leave a mounted folder are refused.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, sep } from 'node:path'
import { mimeTypeFor } from '../../src/main/mime-type'

/** A URL prefix (`/`, `/bench/`) served from a folder. */
export interface Mount {
  readonly prefix: string
  readonly dir: string
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly origin: string
  close(): Promise<void>
}

/** The file a URL path names, or null when no mount holds it. */
function resolveFile(mounts: readonly Mount[], urlPath: string): string | null {
  const path = decodeURIComponent(urlPath)
  const mount = mounts
    .filter((m) => path.startsWith(m.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0]
  if (!mount) return null
  const file = join(mount.dir, path.slice(mount.prefix.length) || 'index.html')
  return file.startsWith(mount.dir + sep) ? file : null
}

/**
 * Serve the mounts until closed.
 *
 * @param mounts - URL prefixes and their folders; the longest matching prefix wins
 */
export async function startStaticServer(mounts: readonly Mount[]): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const file = resolveFile(mounts, url.pathname)
    const notFound = (): void => {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    }
    if (!file) return notFound()
    stat(file).then(
      (info) => {
        if (!info.isFile()) return notFound()
        response.writeHead(200, {
          'content-type': mimeTypeFor(file),
          'content-length': info.size,
          'cache-control': 'no-store',
        })
        createReadStream(file).pipe(response)
      },
      () => notFound(),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
