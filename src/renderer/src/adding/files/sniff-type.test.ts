import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffFileKind } from './sniff-type'
import {
  bytesOf,
  hex,
  japanesePage,
  PDF_START,
  PNG_START,
  russianPage,
  UTF16BE_BOM,
  UTF16LE_BOM,
  utf16le,
  UTF8_BOM,
  ZIP_START,
} from './test-files'

const FIXTURES = join(__dirname, '../../../../../fixtures/adding')
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)))
const sniff = (name: string, bytes: Uint8Array | string) =>
  sniffFileKind(name, typeof bytes === 'string' ? bytesOf(bytes) : bytes)

describe('sniffFileKind', () => {
  it('refuses binary formats by their signature, whatever the name says', () => {
    expect(sniff('Story.html', PNG_START)).toEqual({ refused: 'a PNG picture' })
    expect(sniff('Story.htm', ZIP_START)).toEqual({ refused: 'a ZIP archive' })
    expect(sniff('Story.mhtml', PDF_START)).toEqual({ refused: 'a PDF document' })
    expect(sniff('notes.txt', hex('ff d8 ff e0 00 10 4a 46 49 46'))).toEqual({
      refused: 'a JPEG picture',
    })
  })

  it('refuses other files with NUL bytes as binary', () => {
    expect(sniff('Story.html', bytesOf('<html>', hex('00 01 02')))).toEqual({
      refused: 'a binary file',
    })
    // A Windows program: "MZ", then a header full of NULs.
    expect(sniff('setup.html', bytesOf('MZ', hex('90 00 03 00 00 00')))).toEqual({
      refused: 'a binary file',
    })
  })

  it('reads text that happens to start like a two-letter signature as text', () => {
    expect(sniff('review.txt', 'MZ Wallace bags: a review\n\nThey last.')).toBe('text')
  })

  it('knows MHTML by its MIME headers, not its name', () => {
    expect(sniff('Story.mhtml', fixture('chromium-single-file.mhtml'))).toBe('mhtml')
    expect(sniff('Story.txt', fixture('chromium-single-file.mhtml'))).toBe('mhtml')
    expect(sniff('ru.mhtml', fixture('chromium-150-windows-1251.mhtml'))).toBe('mhtml')
    expect(sniff('Story.mhtml', '<html><body>Not MHTML</body></html>')).toBe('html')
  })

  it('does not take a page that shows MHTML headers in its text for MHTML', () => {
    const page =
      '<!DOCTYPE html><html><body><p>An MHTML file starts:</p>\n<pre>\n' +
      'MIME-Version: 1.0\nContent-Type: multipart/related;\n</pre></body></html>'
    expect(sniff('About MHTML.html', page)).toBe('html')
  })

  it('knows HTML by the markup at its start, after white space and comments', () => {
    expect(sniff('page', '<!DOCTYPE html><html><body></body></html>')).toBe('html')
    expect(sniff('a.txt', '\n  <!-- saved from url=(0019)https://a.example/ -->\n<html>')).toBe(
      'html',
    )
    expect(sniff('a.md', '<!doctype html>\n<title>x</title>')).toBe('html')
    expect(
      sniff('x.html', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'),
    ).toBe('html')
    expect(sniff('x.html', bytesOf(UTF8_BOM, '<html><body>x</body></html>'))).toBe('html')
  })

  // The MIME Sniffing Standard's list of tags that mark a resource as HTML.
  it.each([
    '<script>',
    '<iframe src=x>',
    '<table>',
    '<a href=x>',
    '<font>',
    '<b>',
    '<br>',
    '<style>',
  ])('knows HTML that starts with %s', (start) => {
    expect(sniff('clip.html', `${start}text`)).toBe('html')
  })

  it('does not take a word that starts like a tag for one', () => {
    expect(sniff('notes.txt', '<bold claim> and <pending> are not tags')).toBe('text')
  })

  it('reads pages in other charsets and UTF-16 as HTML', () => {
    expect(sniff('ru.html', russianPage())).toBe('html')
    expect(sniff('ja.htm', japanesePage())).toBe('html')
    expect(sniff('ie.htm', bytesOf(UTF16LE_BOM, utf16le('<html><body>Ёлка</body></html>')))).toBe(
      'html',
    )
    const be = utf16le('<!DOCTYPE html><p>x').map((_, i, le) => le[i ^ 1])
    expect(sniff('ie.htm', bytesOf(UTF16BE_BOM, be))).toBe('html')
  })

  it('reads UTF-16 text with its byte order mark as text, not binary', () => {
    expect(sniff('notes.txt', bytesOf(UTF16LE_BOM, utf16le('Plain notes')))).toBe('text')
  })

  it('knows Markdown by its name, even when it starts with a line of HTML', () => {
    expect(sniff('notes.md', fixture('front-matter.md'))).toBe('markdown')
    expect(sniff('NOTES.MARKDOWN', '# Title\n\nText')).toBe('markdown')
    expect(sniff('README.md', '<p align="center"><img src="logo.png"></p>\n\n# Project')).toBe(
      'markdown',
    )
  })

  it('reads everything else as plain text', () => {
    expect(sniff('plain-notes.txt', fixture('plain-notes.txt'))).toBe('text')
    expect(sniff('Story.html', 'Just words, no markup.')).toBe('text')
    expect(sniff('notes.md.txt', '# Not Markdown by name')).toBe('text')
  })
})
