/**
 * A long text → parts of at most `maxChars` code units each, for a host that takes a large
 * file in pieces. A cut never falls between the two halves of a surrogate pair: each part is
 * encoded to UTF-8 on its own, and half a pair would become U+FFFD.
 */

/**
 * @param text - the whole text
 * @param maxChars - the longest part (at least 2)
 * @returns the parts, in order; they join to `text`
 */
export function splitParts(text: string, maxChars: number): string[] {
  const parts: string[] = []
  let start = 0
  while (text.length - start > maxChars) {
    let end = start + maxChars
    const last = text.charCodeAt(end - 1)
    if (last >= 0xd800 && last <= 0xdbff) end--
    parts.push(text.slice(start, end))
    start = end
  }
  parts.push(text.slice(start))
  return parts
}
