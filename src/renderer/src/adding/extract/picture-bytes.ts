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
