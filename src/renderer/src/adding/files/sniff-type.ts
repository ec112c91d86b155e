/**
 * What a file is, from its first bytes rather than its name: browsers and people name files
 * loosely (a `.html` that is a ZIP, a `.txt` that is a saved page). Binary formats are known by
 * their signatures and refused with what they seem to be; text is decoded as it will be read
 * (so UTF-16 is seen as text) and told apart as MHTML (a message whose headers say
 * multipart/related), HTML (markup at the start: the MIME Sniffing Standard's tags) or, by
 * name, Markdown (where only a whole HTML document counts as HTML, since Markdown may start
 * with a line of HTML); everything else is plain text.
 */
import { decodeText } from './decode-text'

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
]

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte)

/** UTF-16 text has NUL bytes too, but after its byte order mark. */
const hasUtf16Bom = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)

const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd)$/i
const LEADING_COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)*/
const HTML_DOCUMENT_START = /^<(?:!doctype\s+html|html|head|body|\?xml)[\s>]/i
const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|\?xml|meta|title|script|style|iframe|article|main|section|div|table|font|p|a|b|br|h[1-6])[\s>]/i
const HEADER_LINE = /^(?:[\w-]+:|[ \t])/

/** Whether the text starts with the headers of a multipart/related MIME message. */
function isMhtml(text: string): boolean {
  const end = text.indexOf('\n\n')
  const headers = (end === -1 ? text : text.slice(0, end)).split('\n')
  return (
    headers.every((line) => HEADER_LINE.test(line)) &&
    headers.some((line) => /^mime-version:/i.test(line)) &&
    headers.some((line) => /^content-type:\s*multipart\/related/i.test(line))
  )
}

/**
 * @param name - the file's name (only Markdown is known by it)
 * @param bytes - the file
 */
export function sniffFileKind(name: string, bytes: Uint8Array): FileKind | Refused {
  for (const { bytes: signature, what } of SIGNATURES) {
    if (startsWith(bytes, signature)) return { refused: what }
  }
  if (!hasUtf16Bom(bytes) && bytes.subarray(0, 4096).includes(0)) {
    return { refused: 'a binary file' }
  }
  const head = decodeText(bytes.subarray(0, 8192))
  if (isMhtml(head)) return 'mhtml'
  const markup = head.replace(LEADING_COMMENTS, '')
  if (MARKDOWN_NAME.test(name)) return HTML_DOCUMENT_START.test(markup) ? 'html' : 'markdown'
  return HTML_START.test(markup) ? 'html' : 'text'
}
