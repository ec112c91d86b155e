/**
 * Is it a picture, and which kind: told from the first bytes, never from a name or a declared
 * type alone (a "photo" may be a page, a script or a ZIP). The kinds a browser shows in `<img>`
 * from a `blob:` URL, where an SVG is only ever an image: its scripts never run there.
 */

const SIGNATURES: readonly { readonly type: string; readonly test: (b: Uint8Array) => boolean }[] =
  [
    {
      type: 'image/png',
      test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
    },
    { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
    { type: 'image/gif', test: (b) => ascii(b, 0, 4) === 'GIF8' },
    { type: 'image/webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
    {
      type: 'image/avif',
      test: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)),
    },
    { type: 'image/bmp', test: (b) => ascii(b, 0, 2) === 'BM' },
    { type: 'image/x-icon', test: (b) => b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0 },
  ]

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to))
}

/** An SVG document: markup whose first element is `<svg`, after an XML prologue or comments. */
function isSvg(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '')
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(text)
}

/**
 * The picture's MIME type, or null when the bytes are not a picture Gloss shows.
 *
 * @param head - the first bytes of the file (512 are plenty)
 */
export function pictureType(head: Uint8Array): string | null {
  for (const { type, test } of SIGNATURES) if (test(head)) return type
  return isSvg(head) ? 'image/svg+xml' : null
}

/**
 * Width and height from a PNG's or GIF's header, or null for other kinds (their headers take
 * more work to read, and spacers are PNG or GIF).
 *
 * @param head - the first bytes of the file
 */
export function pictureSize(head: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength)
  if (pictureType(head) === 'image/png' && head.length >= 24) {
    return { width: view.getUint32(16), height: view.getUint32(20) }
  }
  if (pictureType(head) === 'image/gif' && head.length >= 10) {
    return { width: view.getUint16(6, true), height: view.getUint16(8, true) }
  }
  return null
}

/** A picture of a pixel or two: a spacer or a tracking pixel, never content. */
export function isSpacer(head: Uint8Array): boolean {
  const size = pictureSize(head)
  return size !== null && size.width <= 2 && size.height <= 2
}
