/**
 * Which of a page's requests left the app. Compared by scheme and host, not `URL.origin`: the
 * origin of `gloss:`, `file:` and `devtools:` URLs is the opaque `"null"` for all of them, so a
 * `file:` or `gloss://other` request would have counted as staying inside. `data:` URLs stay
 * inside; a `blob:` URL is inside when the URL it wraps is.
 */

function sameApp(url: URL, app: URL): boolean {
  return url.protocol === app.protocol && url.host === app.host
}

/**
 * @param requests - every URL the page asked for
 * @param appUrl - a URL of the app (`page.url()`)
 * @returns the requests that went anywhere else
 */
export function leavingRequests(requests: readonly string[], appUrl: string): string[] {
  const app = new URL(appUrl)
  return requests.filter((request) => {
    const url = new URL(request)
    if (url.protocol === 'data:') return false
    if (url.protocol === 'blob:')
      return !URL.canParse(url.pathname) || !sameApp(new URL(url.pathname), app)
    return !sameApp(url, app)
  })
}
