import { describe, expect, it } from 'vitest'
import { declaredCharset, decodeText } from './decode-text'
import {
  bytesOf,
  CAFE_1252,
  JAPANESE,
  JAPANESE_SHIFT_JIS,
  japanesePage,
  RUSSIAN,
  RUSSIAN_1251,
  RUSSIAN_NEWS,
  RUSSIAN_NEWS_1251,
  russianPage,
  UTF16BE_BOM,
  UTF16LE_BOM,
  utf16le,
  UTF8_BOM,
} from './test-files'

describe('declaredCharset', () => {
  it('reads <meta charset>, quoted or not, in any case', () => {
    expect(declaredCharset(russianPage())).toBe('windows-1251')
    expect(declaredCharset(bytesOf('<meta charset=KOI8-R>'))).toBe('koi8-r')
    expect(declaredCharset(bytesOf("<META CHARSET='iso-8859-2'>"))).toBe('iso-8859-2')
  })

  it('reads the charset out of <meta http-equiv="Content-Type">, either attribute first', () => {
    expect(declaredCharset(japanesePage())).toBe('shift_jis')
    expect(
      declaredCharset(
        bytesOf('<meta content="text/html; charset=euc-kr" http-equiv="content-type">'),
      ),
    ).toBe('euc-kr')
  })

  it('reads an XML declaration', () => {
    expect(declaredCharset(bytesOf('<?xml version="1.0" encoding="ISO-8859-15"?><html>'))).toBe(
      'iso-8859-15',
    )
  })

  it('looks only in the first 1024 bytes, as the prescan does', () => {
    const late = bytesOf('<html><head>', ' '.repeat(1024), '<meta charset="windows-1251">')
    expect(declaredCharset(late)).toBeUndefined()
  })

  it('skips declarations inside comments', () => {
    const commented = bytesOf('<!-- <meta charset="koi8-r"> --><meta charset="windows-1251">')
    expect(declaredCharset(commented)).toBe('windows-1251')
    expect(declaredCharset(bytesOf('<!-- unclosed <meta charset="koi8-r">'))).toBeUndefined()
  })

  it('finds nothing in a page that declares nothing', () => {
    expect(declaredCharset(bytesOf('<html><head><title>charset</title>'))).toBeUndefined()
  })
})

describe('decodeText', () => {
  it('reads a Windows-1251 page by its <meta charset>', () => {
    const text = decodeText(russianPage())
    expect(text).toContain(`<title>${RUSSIAN}</title>`)
    expect(text).toContain(`<p>${RUSSIAN}</p>`)
  })

  it('reads a Shift_JIS page by its http-equiv Content-Type, CRLF made LF', () => {
    const text = decodeText(japanesePage())
    expect(text).toContain(`<p>${JAPANESE}</p>`)
    expect(text).not.toContain('\r')
    expect(text.split('\n')).toHaveLength(5)
  })

  it('lets the container’s charset win over the page’s', () => {
    const page = bytesOf('<meta charset="utf-8"><p>', RUSSIAN_1251)
    expect(decodeText(page, 'windows-1251')).toBe(`<meta charset="utf-8"><p>${RUSSIAN}`)
  })

  // A page that could state its charset in ASCII is not UTF-16: the HTML standard reads it as
  // UTF-8 (and x-user-defined as windows-1252). A UTF-16 container part is believed.
  it('reads a page that calls itself UTF-16 without a byte order mark as UTF-8', () => {
    const page = bytesOf('<meta charset="utf-16"><p>Привет')
    expect(decodeText(page)).toBe('<meta charset="utf-16"><p>Привет')
    expect(decodeText(bytesOf('<meta charset="x-user-defined"><p>', CAFE_1252))).toBe(
      '<meta charset="x-user-defined"><p>café',
    )
    expect(decodeText(utf16le('<p>Ёлка'), 'utf-16le')).toBe('<p>Ёлка')
  })

  it('ignores a charset it does not know and reads UTF-8', () => {
    const page = bytesOf('<meta charset="no-such-charset"><p>Привет')
    expect(decodeText(page)).toBe('<meta charset="no-such-charset"><p>Привет')
    expect(decodeText(bytesOf('<p>Привет'), 'no-such-charset')).toBe('<p>Привет')
  })

  // Not 0x80–0x9F: Node ≥ 20.18.3 decodes those as Latin-1 (nodejs/node#60888); Electron's
  // renderer, where this runs, decodes them as the Encoding Standard says.
  it('reads undeclared UTF-8, and undeclared bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeText(bytesOf('Crème brûlée'))).toBe('Crème brûlée')
    expect(decodeText(bytesOf('<p>', CAFE_1252))).toBe('<p>café')
  })

  it('reads an undeclared page that is not UTF-8 in the charset its bytes look like', () => {
    const russian = bytesOf('<html><body><p>', RUSSIAN_NEWS_1251, '</p></body></html>')
    expect(decodeText(russian)).toBe(`<html><body><p>${RUSSIAN_NEWS}</p></body></html>`)
    const japanese = bytesOf('<p>', JAPANESE_SHIFT_JIS, '</p><p>', JAPANESE_SHIFT_JIS, '</p>')
    expect(decodeText(japanese)).toBe(`<p>${JAPANESE}</p><p>${JAPANESE}</p>`)
  })

  it('follows a byte order mark over any declaration, and drops the mark', () => {
    const declared1251 = bytesOf('<meta charset="windows-1251"><p>Ёлка')
    expect(decodeText(bytesOf(UTF8_BOM, declared1251))).toBe('<meta charset="windows-1251"><p>Ёлка')
    expect(decodeText(bytesOf(UTF16LE_BOM, utf16le('<p>Ёлка 吾輩\r\n')))).toBe('<p>Ёлка 吾輩\n')
    const be = utf16le('<p>Ёлка').map((_, i, le) => le[i ^ 1])
    expect(decodeText(bytesOf(UTF16BE_BOM, be))).toBe('<p>Ёлка')
  })

  // As Chromium 150 does, checked by hand: a <meta> after 2 KB of script, or in <body>.
  it('reads bytes that are not UTF-8 in a charset declared after the first 1024 bytes', () => {
    const script = `<script>${'var x = 1;'.repeat(200)}</script>`
    const page = bytesOf('<html><head>', script, '<meta charset="windows-1251"><p>', RUSSIAN_1251)
    expect(decodeText(page)).toBe(`<html><head>${script}<meta charset="windows-1251"><p>${RUSSIAN}`)
  })

  it('reads UTF-8 as UTF-8 whatever a late declaration says', () => {
    const page = bytesOf('<p>', ' '.repeat(1024), 'Привет<meta charset="windows-1251">')
    expect(decodeText(page)).toBe(`<p>${' '.repeat(1024)}Привет<meta charset="windows-1251">`)
  })

  it('makes CRLF and lone CR line ends LF', () => {
    expect(decodeText(bytesOf('one\r\ntwo\rthree\n\r\nfour'))).toBe('one\ntwo\nthree\n\nfour')
  })
})

describe('decodeText and a page re-encoded to UTF-8', () => {
  it('reads valid UTF-8 as UTF-8 even under an old charset declaration', () => {
    const page = '<meta charset="gb2312"><title>人工智能迈上新台阶</title>'
    expect(decodeText(new TextEncoder().encode(page))).toBe(page)
  })
})
