/**
 * Bytes → text the way a browser would read the page: a byte order mark first, then the
 * charset the page declares (`<meta charset>`, `<meta http-equiv="Content-Type">`, an XML
 * declaration, outside comments, looked for in the first 1024 bytes as the HTML standard's
 * prescan does), else UTF-8. Bytes that are not UTF-8 are read in a charset declared later
 * (browsers honour a `<meta>` anywhere, after a long `<head>` too), else in the charset their
 * bytes look like (`guess-charset.ts`), windows-1252 when that is unclear. TextDecoder knows every label of the Encoding Standard
 * (windows-1251, shift_jis, euc-kr, gb18030...). Line ends become `\n`.
 */
import { guessCharset } from './guess-charset'

const META_CHARSET =
  /<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
/** How far a late declaration is looked for: a page's `<head>` is well within it. */
const LATE_DECLARATION_BYTES = 1024 * 1024

function charsetIn(bytes: Uint8Array, length: number): string | undefined {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, length))
  const match = META_CHARSET.exec(start.replace(COMMENT, ''))
  return (match?.[1] ?? match?.[2])?.toLowerCase()
}

/** The charset a page declares in its first 1024 bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  return charsetIn(bytes, 1024)
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined
  try {
    return new TextDecoder(label)
  } catch {
    return undefined
  }
}

/**
 * The decoder for what the page declares, as the prescan corrects it: a page that states its
 * charset in ASCII bytes cannot be UTF-16, so that is read as UTF-8, and x-user-defined as
 * windows-1252.
 */
function pageDecoder(charset: string | undefined): TextDecoder | undefined {
  const decoder = decoderFor(charset)
  if (decoder?.encoding.startsWith('utf-16')) return new TextDecoder('utf-8')
  if (decoder?.encoding === 'x-user-defined') return new TextDecoder('windows-1252')
  return decoder
}

/** The text when the bytes are valid UTF-8 holding a character beyond ASCII; else undefined. */
function beyondAsciiUtf8(bytes: Uint8Array): string | undefined {
  if (!bytes.some((byte) => byte >= 0x80)) return undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * @param bytes - the file
 * @param declared - a charset the container states (an MHTML part's header), before the page's
 */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  const bom = bomEncoding(bytes)
  let text: string
  if (bom) {
    // TextDecoder drops the byte order mark itself.
    text = new TextDecoder(bom).decode(bytes)
  } else {
    const decoder = decoderFor(declared) ?? pageDecoder(declaredCharset(bytes))
    const utf8 = decoder && decoder.encoding !== 'utf-8' ? beyondAsciiUtf8(bytes) : undefined
    if (utf8 !== undefined) text = utf8
    else if (decoder) text = decoder.decode(bytes)
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        const late = pageDecoder(charsetIn(bytes, LATE_DECLARATION_BYTES))
        text = (late ?? new TextDecoder(guessCharset(bytes))).decode(bytes)
      }
    }
  }
  return text.replace(/\r\n?/g, '\n')
}
