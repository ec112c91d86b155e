/**
 * A file's bytes → its text, counting what could not be read. Files are read as UTF-8 (JSON
 * must be, RFC 8259); a byte sequence that is not UTF-8 becomes U+FFFD, as every decoder does,
 * and the count lets the reader be told ("3 characters could not be read") instead of finding
 * � in a note later. A leading byte order mark is dropped.
 */

export interface DecodedText {
  readonly text: string
  /** How many U+FFFD the decoder put in for bytes that are not UTF-8. */
  readonly unreadable: number
}

/** U+FFFD written in the file itself (EF BF BD), which is text, not a read failure. */
function encodedReplacements(bytes: Uint8Array): number {
  let n = 0
  for (
    let i = bytes.indexOf(0xef);
    i !== -1 && i + 2 < bytes.length;
    i = bytes.indexOf(0xef, i + 1)
  ) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++
  }
  return n
}

/**
 * @param bytes - the file as read
 * @returns its text, and how many characters the decoder could not read
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), unreadable: 0 }
  } catch {
    // Not UTF-8 throughout: decode again, replacing, and count the replacements it made.
  }
  const text = new TextDecoder('utf-8').decode(bytes)
  let replacements = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacements++
  return { text, unreadable: Math.max(1, replacements - encodedReplacements(bytes)) }
}

/**
 * What the reader is told about a file with characters that could not be read, or null.
 *
 * @param unreadable - from `decodeUtf8`
 */
export function unreadableWarning(unreadable: number): string | null {
  if (unreadable === 0) return null
  const n = unreadable.toLocaleString('en')
  return unreadable === 1
    ? '1 character in the file is not UTF-8 and could not be read: it shows as “\uFFFD”.'
    : `${n} characters in the file are not UTF-8 and could not be read: they show as “\uFFFD”.`
}
