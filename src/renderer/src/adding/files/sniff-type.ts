/**
 * What a file is, from its first bytes rather than its name: browsers and people name files
 * loosely (a `.html` that is a ZIP, a `.txt` that is a saved page). Binary formats are known by
 * their signatures and refused with what they seem to be; text is told apart as MHTML (MIME
 * headers of a multipart/related message), HTML (markup at the start) or, by name, Markdown;
 * everything else is plain text.
 */

export type FileKind = 'mhtml' | 'html' | 'markdown' | 'text'

/** A binary format Gloss does not read, named for the message. */
export interface Refused {
  readonly refused: string
}

const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'a ZIP archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG picture' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG picture' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF picture' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { bytes: [0x4d, 0x5a], what: 'a program' },
]

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte)

/** UTF-16 text has NUL bytes too, but after its byte order mark. */
const hasUtf16Bom = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)

const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd)$/i
const HTML_START =
  /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|main|div|p|h[1-6]|section|\?xml)[\s>]/i
const MHTML_HEADERS = /^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*multipart\/related/im

/**
 * @param name - the file's name (only Markdown is known by it)
 * @param bytes - the file
 * @param head - the file's start decoded as Latin-1 (enough to read markup and headers)
 */
export function sniffFileKind(name: string, bytes: Uint8Array, head: string): FileKind | Refused {
  for (const { bytes: signature, what } of SIGNATURES) {
    if (startsWith(bytes, signature)) return { refused: what }
  }
  if (!hasUtf16Bom(bytes) && bytes.subarray(0, 4096).includes(0)) {
    return { refused: 'a binary file' }
  }
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').replace(/\r\n?/g, '\n')
  if (MHTML_HEADERS.test(text.slice(0, 4096)) && /^mime-version:/im.test(text.slice(0, 4096))) {
    return 'mhtml'
  }
  if (HTML_START.test(text)) return 'html'
  if (MARKDOWN_NAME.test(name)) return 'markdown'
  return 'text'
}
