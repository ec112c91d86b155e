/**
 * A page's address → the form two copies of the same page share, for finding duplicates: the
 * scheme (`http:` and `https:`), a leading `www.`, a trailing slash, the fragment, and the
 * tracking parameters links pick up on the way (`utm_*`, `fbclid`, `gclid`) make no difference.
 * The remaining query parameters are kept, sorted (`?a=1&b=2` and `?b=2&a=1` are one page).
 * Parsing is the platform's URL parser; an address it cannot parse, or one that is not
 * `http(s)`, has no normal form (empty), so it never matches anything.
 */

const TRACKING_PARAMETER = /^(utm_.+|fbclid|gclid)$/i

/**
 * @param address - a page's URL as written
 * @returns `host/path?query` without what does not tell pages apart, or '' if not a web URL
 */
export function normalizeUrl(address: string): string {
  if (!URL.canParse(address.trim())) return ''
  const url = new URL(address.trim())
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return ''
  const host = url.hostname.replace(/^www\./, '')
  const port = url.port ? `:${url.port}` : ''
  const path = url.pathname.replace(/\/+$/, '')
  const parameters = [...url.searchParams]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = new URLSearchParams(parameters).toString()
  return `${host}${port}${path}${query ? `?${query}` : ''}`
}
