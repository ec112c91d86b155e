/**
 * A stable UUID for a highlight that Omnivore gave no id: the same item and highlight always
 * get the same one, so importing the same export again finds its highlights stored already
 * (even those whose passage was not found, which no range can recognise). A UUID version 8
 * (RFC 9562, custom) from SHA-256 of the name, through Web Crypto.
 */

/** @param name - what identifies the highlight, e.g. `omnivore:<item id>:<n>` */
export async function nameBasedId(name: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(name))
  const bytes = new Uint8Array(digest).slice(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x80
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
