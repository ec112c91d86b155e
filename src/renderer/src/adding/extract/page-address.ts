/**
 * Where a page's relative addresses point. Readability resolves every link and picture address
 * against the document's base URL; Gloss gives the page a base of its own, under `PAGE_ORIGIN`,
 * so an address that resolves there was relative in the file (a saved page's
 * `Page_files/photo.jpg`) and can be looked up among the files the page brought, or resolved
 * again against the address the page names as its own. Any `<base>` the page declares is
 * removed first, so a page cannot point its relative addresses at another site behind the
 * reader's back; its address is still used for links and placeholders.
 */

/** An origin no request can ever reach (`.invalid` is reserved, RFC 2606). */
const PAGE_ORIGIN = 'https://gloss.invalid'

/** The base Gloss gives every page: its own folder. */
export const PAGE_BASE = `${PAGE_ORIGIN}/page/`

/**
 * An address from the markup resolved as the page would resolve it, against `PAGE_BASE`
 * (Readability has done so already for what it returns; the whole-page fallback has not).
 * Empty when it is no address at all.
 *
 * @param address - an `href` or `src` as written
 */
export function resolveAgainstPage(address: string): string {
  try {
    return new URL(address.trim(), PAGE_BASE).href
  } catch {
    return ''
  }
}

/** The address as the page wrote it when it was relative (`a/b.jpg`, `/a.jpg`), else null. */
function asWritten(url: string): string | null {
  if (!url.startsWith(`${PAGE_ORIGIN}/`)) return null
  const path = url.slice(PAGE_ORIGIN.length)
  return path.startsWith('/page/') ? path.slice('/page/'.length) : path
}

/**
 * The path inside the page's folder that `url` came from (`Page_files/photo.jpg`), or null
 * when it was absolute or relative to the site's root.
 *
 * @param url - an address as resolved against `PAGE_BASE`
 */
export function pageRelativePath(url: string): string | null {
  const written = asWritten(url)?.replace(/[?#].*$/, '')
  if (written === undefined || written.startsWith('/')) return null
  try {
    return decodeURIComponent(written)
  } catch {
    return written
  }
}

/**
 * An address as the page meant it: relative ones resolved against the page's own address when
 * known, else null (a relative link with nowhere to go).
 *
 * @param url - an address as resolved against `PAGE_BASE`
 * @param pageUrl - what the page's relative addresses are relative to, when known
 */
export function absoluteAddress(url: string, pageUrl: string | undefined): string | null {
  const written = asWritten(url)
  if (written === null) return url
  if (!pageUrl) return null
  try {
    return new URL(written, pageUrl).href
  } catch {
    return null
  }
}
