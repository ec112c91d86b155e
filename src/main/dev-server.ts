/**
 * `npm run dev`: electron-vite serves the renderer with hot module replacement and tells main
 * where (`ELECTRON_RENDERER_URL`). Only an unpackaged app follows it, and only to a server on
 * this machine (loopback http): a packaged app, or a variable pointing anywhere else, loads the
 * built renderer from gloss:// as always.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

export interface DevServerInput {
  readonly isPackaged: boolean
  /** `process.env.ELECTRON_RENDERER_URL`. */
  readonly rendererUrl: string | undefined
}

/** The dev server's page to load, or null when the built renderer is to be loaded. */
export function devServerUrl({ isPackaged, rendererUrl }: DevServerInput): string | null {
  if (isPackaged || !rendererUrl) return null
  let url: URL
  try {
    url = new URL(rendererUrl)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname) || url.username || url.password) {
    return null
  }
  return url.href
}
