/**
 * The bytes a `data:` URL carries (RFC 2397), decoded in place: fetching it would be a request,
 * which the CSP refuses anyway. Base64 or percent-encoded; anything malformed gives null.
 */

const DATA_URL = /^data:([^,]*?)(;base64)?,(.*)$/is

/** @param url - a `data:` URL */
export function dataUrlBytes(url: string): Uint8Array | null {
  const match = DATA_URL.exec(url)
  if (!match) return null
  const [, , base64, body] = match
  try {
    if (base64) {
      const binary = atob(decodeURIComponent(body).replace(/\s+/g, ''))
      return Uint8Array.from(binary, (char) => char.charCodeAt(0))
    }
    return new TextEncoder().encode(decodeURIComponent(body))
  } catch {
    return null
  }
}
