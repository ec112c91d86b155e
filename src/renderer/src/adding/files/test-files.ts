/**
 * Test helpers: files as other programs write them, built from byte sequences written out by
 * hand (checked once against iconv-lite, which the tests do not import) so that the decoder
 * under test is never what made its own input. The text fixtures are in `fixtures/adding/`.
 */

/** Bytes from a string of two-digit hex numbers separated by spaces. */
export const hex = (pairs: string): Uint8Array =>
  Uint8Array.from(pairs.trim().split(/\s+/), (pair) => parseInt(pair, 16))

/** ASCII text and raw byte runs, one after the other. */
export function bytesOf(...pieces: (string | Uint8Array)[]): Uint8Array {
  const parts = pieces.map((piece) =>
    typeof piece === 'string' ? new TextEncoder().encode(piece) : piece,
  )
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** «Привет, мир! Ёлка» in Windows-1251. */
export const RUSSIAN = 'Привет, мир! Ёлка'
export const RUSSIAN_1251 = hex('cf f0 e8 e2 e5 f2 2c 20 ec e8 f0 21 20 a8 eb ea e0')

/** «吾輩は猫である» in Shift_JIS. */
export const JAPANESE = '吾輩は猫である'
export const JAPANESE_SHIFT_JIS = hex('8c e1 94 79 82 cd 94 4c 82 c5 82 a0 82 e9')

/**
 * A paragraph of Russian news in Windows-1251, long enough to be told from other charsets by
 * its bytes: «Президент заявил, что правительство продолжит работу над новым законом о цифровой
 * экономике. Эксперты считают, что это решение поможет развитию отрасли.»
 */
export const RUSSIAN_NEWS =
  'Президент заявил, что правительство продолжит работу над новым законом о цифровой ' +
  'экономике. Эксперты считают, что это решение поможет развитию отрасли.'
export const RUSSIAN_NEWS_1251 = hex(
  'cf f0 e5 e7 e8 e4 e5 ed f2 20 e7 e0 ff e2 e8 eb 2c 20 f7 f2 ee 20 ef f0 e0 e2 e8 f2 e5 eb fc ' +
    'f1 f2 e2 ee 20 ef f0 ee e4 ee eb e6 e8 f2 20 f0 e0 e1 ee f2 f3 20 ed e0 e4 20 ed ee e2 fb ' +
    'ec 20 e7 e0 ea ee ed ee ec 20 ee 20 f6 e8 f4 f0 ee e2 ee e9 20 fd ea ee ed ee ec e8 ea e5 ' +
    '2e 20 dd ea f1 ef e5 f0 f2 fb 20 f1 f7 e8 f2 e0 fe f2 2c 20 f7 f2 ee 20 fd f2 ee 20 f0 e5 ' +
    'f8 e5 ed e8 e5 20 ef ee ec ee e6 e5 f2 20 f0 e0 e7 e2 e8 f2 e8 fe 20 ee f2 f0 e0 f1 eb e8 2e',
)

/** «café» in Windows-1252 (and Latin-1): é is one byte, 0xE9, which is not UTF-8. */
export const CAFE_1252 = hex('63 61 66 e9')

/** A Russian page saved "HTML only" from a Windows-1251 site. */
export const russianPage = (): Uint8Array =>
  bytesOf(
    '<!DOCTYPE html>\n<html lang="ru"><head><meta charset="windows-1251"><title>',
    RUSSIAN_1251,
    '</title></head><body><p>',
    RUSSIAN_1251,
    '</p></body></html>\n',
  )

/** A Japanese page that declares Shift_JIS the old way, with `http-equiv`. */
export const japanesePage = (): Uint8Array =>
  bytesOf(
    '<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">\r\n',
    '<title>',
    JAPANESE_SHIFT_JIS,
    '</title></head>\r\n<body><p>',
    JAPANESE_SHIFT_JIS,
    '</p></body></html>\r\n',
  )

export const UTF8_BOM = hex('ef bb bf')
export const UTF16LE_BOM = hex('ff fe')
export const UTF16BE_BOM = hex('fe ff')

/** Text as UTF-16LE code units, little end first, without a byte order mark. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff
    out[i * 2 + 1] = text.charCodeAt(i) >> 8
  }
  return out
}

/** The first bytes of files that are not text: their published signatures, then filler. */
export const PNG_START = hex('89 50 4e 47 0d 0a 1a 0a 00 00 00 0d 49 48 44 52')
export const ZIP_START = hex('50 4b 03 04 14 00 00 00 08 00')
export const PDF_START = bytesOf('%PDF-1.7\n%', hex('e2 e3 cf d3'), '\n1 0 obj\n')
