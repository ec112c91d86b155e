/**
 * Turns a suggested file name (usually built from an article title) into one every common file
 * system accepts and no one can misread: no folder separators or characters Windows, macOS or
 * Linux reserve, no control or bidirectional-override characters (U+202E can make
 * `notes\u202Edm.exe` look like `notesexe.md`), no lone surrogates, no Windows device names like
 * `CON` or `com1.txt`, no trailing dots or spaces, never empty and never longer than a file name
 * may be. The extension is kept. Main, the renderer and the web host all use it.
 */

/** Used when nothing of the suggested name survives. */
export const DEFAULT_FILE_NAME = 'Gloss export'

/**
 * Longest result in UTF-8 bytes. Most file systems allow 255 bytes; the rest leaves room for a
 * temporary suffix during an atomic write and for a ` (2)` a dialog may add.
 */
export const MAX_SAFE_FILE_NAME_BYTES = 200

// Characters reserved on Windows (and `/` everywhere, `:` in the macOS Finder).
const RESERVED = /[<>:"/\\|?*]+/g
// Line breaks and tabs read as spaces in a title; other controls are dropped.
const SPACE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/g
// C0/C1 controls, DEL, bidi embeddings/overrides/isolates/marks, zero-width space, BOM.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// `CON`, `con.txt`, `COM1.tar.gz`: Windows reads the part before the first dot as a device.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
const EXTENSION = /\.[A-Za-z0-9]{1,16}$/

function utf8Length(text: string): number {
  let bytes = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/** Made once: constructing a segmenter costs a fraction of a millisecond, a name a few µs. */
let graphemes: Intl.Segmenter | undefined

/** Cut at a grapheme boundary, so an emoji or an accented letter is never split in half. */
function truncateToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let kept = ''
  let bytes = 0
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment)
    if (bytes + size > maxBytes) break
    kept += segment
    bytes += size
  }
  return kept
}

/** Drop or replace what no file system or reader should see; keeps leading dots for now. */
function sanitize(text: string): string {
  return text
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    .replace(SPACE_LIKE, ' ')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '')
}

/** Leading dots hide a file on Unix (and `..` means the parent); a leading `-` reads as an option. */
function trimEnds(base: string): string {
  return base.replace(/^[\s.-]+/, '').replace(/[\s.]+$/, '')
}

/**
 * Make a suggested file name safe to create on any OS.
 *
 * @param suggested - the proposed name, extension included (`Putin: the withdrawal.md`)
 * @param fallback - base name to use when nothing of `suggested` is left
 * @returns a name such as `Putin- the withdrawal.md`
 */
export function safeFileName(suggested: string, fallback: string = DEFAULT_FILE_NAME): string {
  const sanitized = sanitize(suggested)
  const extension = EXTENSION.exec(sanitized)?.[0] ?? ''
  let base = trimEnds(sanitized.slice(0, sanitized.length - extension.length))
  if (base === '') base = trimEnds(sanitize(fallback)) || DEFAULT_FILE_NAME
  if (WINDOWS_DEVICE.test(base.split('.')[0].trim())) base = `_${base}`
  base = trimEnds(truncateToBytes(base, MAX_SAFE_FILE_NAME_BYTES - extension.length))
  return `${base || DEFAULT_FILE_NAME}${extension}`
}
