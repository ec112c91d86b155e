import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_ARTICLE_FILE_BYTES } from '@shared/host'
import type { PageSource } from '../page-source'
import { readAddedFile, readClipboard, safeSiblingPath, type AddedFile } from './read-added-file'
import {
  bytesOf,
  JAPANESE,
  japanesePage,
  PDF_START,
  PNG_START,
  RUSSIAN,
  russianPage,
  UTF16LE_BOM,
  utf16le,
  UTF8_BOM,
  ZIP_START,
} from './test-files'

const FIXTURES = join(__dirname, '../../../../../fixtures/adding')
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)))

async function read(file: AddedFile): Promise<PageSource> {
  const result = await readAddedFile(file)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const result = await readAddedFile({ name, bytes })
  if (result.ok) throw new Error(`${name} was read as ${result.value.kind}`)
  expect(result.error.code).toBe('invalid-payload')
  return result.error.message
}

describe('safeSiblingPath', () => {
  it('keeps paths inside the folder, with / separators and no leading ./', () => {
    expect(safeSiblingPath('Story_files/photo.jpg')).toBe('Story_files/photo.jpg')
    expect(safeSiblingPath('./Story_files/deep/b.png')).toBe('Story_files/deep/b.png')
    expect(safeSiblingPath('Story_files\\photo.jpg')).toBe('Story_files/photo.jpg')
    expect(safeSiblingPath('Story_files/photo%20one.jpg')).toBe('Story_files/photo%20one.jpg')
    expect(safeSiblingPath('Story_files/..hidden.png')).toBe('Story_files/..hidden.png')
  })

  it.each([
    ['going up', '../secret.txt'],
    ['going up in the middle', 'Story_files/../../secret.txt'],
    ['going up at the end', 'Story_files/..'],
    ['going up with backslashes', 'Story_files\\..\\..\\secret.txt'],
    ['going up percent-encoded', '%2e%2e/secret.txt'],
    ['going up half encoded', 'Story_files/.%2E/secret.txt'],
    ['a separator percent-encoded', 'Story_files%2f..%2fsecret.txt'],
    ['the folder itself in the middle', 'Story_files/./a.png'],
    ['absolute', '/etc/passwd'],
    ['a Windows drive', 'C:\\Users\\me\\secret.txt'],
    ['a Windows drive with /', 'c:/secret.txt'],
    ['drive-relative', 'C:secret.txt'],
    ['a Windows server', '\\\\server\\share\\secret.txt'],
    ['a URL', 'https://a.example/x.png'],
    ['a cid: key', 'cid:logo@a.example'],
    ['a file: URL', 'file:///etc/passwd'],
    ['empty parts', 'Story_files//a.png'],
    ['a folder', 'Story_files/'],
    ['nothing', ''],
    ['a tab a URL parser drops, leaving ..', 'Story_files/.\t./.\n./secret.txt'],
    ['a space a URL parser drops, leaving an absolute path', ' /etc/passwd'],
  ])('refuses %s (%s)', (_, path) => {
    expect(safeSiblingPath(path)).toBeNull()
  })

  // Whatever a path holds, what is kept stays in the page's folder when a URL parser resolves
  // it (which also decodes %2e%2e and turns \\ into /) and when a file system would.
  it('keeps nothing that resolves outside the page’s folder', () => {
    const part = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '',
        '%2e%2e',
        '.%2E',
        '%2e',
        'C:',
        'cid:x',
        '%2f',
        '%5c',
        'a%',
        ' ',
        '\t',
        '.\t',
      ),
      fc.string({ maxLength: 4 }),
    )
    const separator = fc.constantFrom('/', '\\')
    const path = fc.array(fc.tuple(part, separator), { maxLength: 6 }).map((pieces) =>
      pieces
        .map(([name, sep]) => name + sep)
        .join('')
        .slice(0, -1),
    )
    fc.assert(
      fc.property(path, (raw) => {
        const safe = safeSiblingPath(raw)
        if (safe === null) return
        const base = 'https://page.invalid/folder/'
        expect(new URL(safe, base).href.startsWith(base)).toBe(true)
        expect(safe.split('/')).not.toContain('..')
        expect(safe).not.toMatch(/^\/|\\|^[a-z]:/i)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('readAddedFile', () => {
  it('reads a Windows-1251 page saved "HTML only"', async () => {
    const source = await read({ name: 'Статья.html', bytes: russianPage() })
    expect(source).toMatchObject({ kind: 'page', name: 'Статья.html' })
    expect(source.kind === 'page' && source.html).toContain(`<p>${RUSSIAN}</p>`)
  })

  it('reads a Shift_JIS page with CRLF line ends', async () => {
    const source = await read({ name: 'neko.htm', bytes: japanesePage() })
    expect(source.kind === 'page' && source.html).toContain(`<title>${JAPANESE}</title>`)
    expect(source.kind === 'page' && source.html).not.toContain('\r')
  })

  it('reads pages with a UTF-8 or UTF-16 byte order mark', async () => {
    const utf8 = await read({ name: 'a.html', bytes: bytesOf(UTF8_BOM, '<html><p>Ёлка</p>') })
    expect(utf8).toMatchObject({ kind: 'page', html: '<html><p>Ёлка</p>' })
    const utf16 = await read({
      name: 'b.htm',
      bytes: bytesOf(UTF16LE_BOM, utf16le('<html>\r\n<p>吾輩</p>')),
    })
    expect(utf16).toMatchObject({ kind: 'page', html: '<html>\n<p>吾輩</p>' })
  })

  it('keeps where a page was saved from: Chromium’s comment and SingleFile’s', async () => {
    const chromium = await read({
      name: 'a.html',
      bytes: bytesOf(
        '<!DOCTYPE html>\n<!-- saved from url=(0024)https://a.example/story -->\n<html>x',
      ),
    })
    expect(chromium).toMatchObject({ kind: 'page', savedFrom: 'https://a.example/story' })
    const singleFile = await read({
      name: 'b.html',
      bytes: bytesOf(
        '<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n url: https://b.example/post \n',
        ' saved date: Thu Dec 03 2026 17:00:00 GMT+0000\n--><meta charset="utf-8"><p>',
        '<img src="data:image/png;base64,iVBORw0KGgo=">',
      ),
    })
    expect(singleFile).toMatchObject({ kind: 'page', savedFrom: 'https://b.example/post' })
    expect(singleFile.kind === 'page' && singleFile.html).toContain('src="data:image/png;base64,')
    const local = await read({
      name: 'd.html',
      bytes: bytesOf('<!-- saved from url=(0014)about:internet -->\n<html><p>x'),
    })
    expect(local).not.toHaveProperty('savedFrom')
    const plain = await read({ name: 'c.html', bytes: bytesOf('<html><p>x') })
    expect(plain).not.toHaveProperty('savedFrom')
  })

  it('gives a page saved "complete" its folder, only by safe paths', async () => {
    const photo = new Blob(['jpeg'])
    const siblings = new Map([
      ['Story_files/photo.jpg', photo],
      ['./Story_files/style.css', new Blob(['css'])],
      ['../elsewhere.txt', new Blob(['no'])],
      ['/etc/passwd', new Blob(['no'])],
      ['C:\\secret.txt', new Blob(['no'])],
      ['%2e%2e/x', new Blob(['no'])],
    ])
    const source = await read({
      name: 'Story.html',
      bytes: bytesOf('<html><img src="Story_files/photo.jpg">'),
      siblings,
    })
    if (source.kind !== 'page') throw new Error(source.kind)
    expect([...source.resources.keys()]).toEqual(['Story_files/photo.jpg', 'Story_files/style.css'])
    expect(source.resources.get('Story_files/photo.jpg')).toBe(photo)
  })

  it('reads MHTML whatever its name', async () => {
    const source = await read({ name: 'Story.mht', bytes: fixture('chromium-single-file.mhtml') })
    expect(source).toMatchObject({
      kind: 'page',
      savedFrom: 'https://news.example/2026/12/cafe-story',
    })
    if (source.kind !== 'page') throw new Error(source.kind)
    expect(source.html).toContain('The café on the corner')
    expect(source.resources.size).toBe(2)
  })

  it('says so when an MHTML file holds no page', async () => {
    const raw = bytesOf(
      'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\n',
      'Content-Type: image/png\n\nxx\n--b--\n',
    )
    expect(await refusal('pictures.mhtml', raw)).toBe(
      '“pictures.mhtml” is a saved page (MHTML) with no page inside it.',
    )
  })

  it('renders Markdown with its front matter', async () => {
    const source = await read({ name: 'front-matter.md', bytes: fixture('front-matter.md') })
    expect(source).toMatchObject({
      kind: 'fragment',
      title: 'Notes on slow reading',
      meta: { byline: 'Ada Example', url: 'https://blog.example/slow-reading' },
    })
  })

  it('reads Markdown written with CRLF line ends', async () => {
    const crlf = bytesOf('---\r\ntitle: Windows notes\r\n---\r\n# Heading\r\n\r\nText\r\n')
    const source = await read({ name: 'win.md', bytes: crlf })
    expect(source).toMatchObject({
      kind: 'fragment',
      title: 'Windows notes',
      html: '<h1>Heading</h1>\n<p>Text</p>\n',
    })
  })

  it('reads text files as text, CRLF made LF', async () => {
    const notes = await read({ name: 'plain-notes.txt', bytes: fixture('plain-notes.txt') })
    expect(notes).toMatchObject({ kind: 'text', name: 'plain-notes.txt' })
    expect(notes.kind === 'text' && notes.text).toMatch(/^Notes from the train\n\nThe first/)
    const crlf = await read({ name: 'win.txt', bytes: bytesOf('One\r\n\r\nTwo\r\n') })
    expect(crlf).toEqual({ kind: 'text', name: 'win.txt', text: 'One\n\nTwo\n' })
  })

  it.each([
    ['a PNG picture', PNG_START],
    ['a ZIP archive', ZIP_START],
    ['a PDF document', PDF_START],
  ])('refuses %s named .html with a message that says what it is', async (what, bytes) => {
    expect(await refusal('Story.html', bytes)).toBe(
      `“Story.html” looks like ${what}, not a web page. Gloss adds web pages (.html, .mhtml), Markdown and text files.`,
    )
  })

  it('refuses an empty file, one with only white space, and Markdown with only front matter', async () => {
    expect(await refusal('empty.html', new Uint8Array())).toBe('“empty.html” is empty.')
    expect(await refusal('blank.txt', bytesOf(' \r\n\t\n'))).toBe('“blank.txt” holds no text.')
    const onlyFrontMatter = bytesOf('---\ntitle: A title and nothing else\n---\n\n')
    expect(await refusal('title.md', onlyFrontMatter)).toBe('“title.md” holds no text.')
  })

  it('refuses a file over the size limit before reading it', async () => {
    const result = await readAddedFile({
      name: 'huge.html',
      bytes: new Uint8Array(MAX_ARTICLE_FILE_BYTES + 1),
    })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: '“huge.html” is 64.1 MB; Gloss adds files up to 64.0 MB.',
      },
    })
  })
})

describe('readClipboard', () => {
  it('takes the clipboard’s HTML as the article’s markup', () => {
    const result = readClipboard({ html: '<p>Copied <b>text</b></p>', text: 'Copied text' })
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'fragment',
        name: 'Pasted text',
        html: '<p>Copied <b>text</b></p>',
        resources: new Map(),
      },
    })
  })

  it('takes its text when there is no HTML, CRLF made LF', () => {
    expect(readClipboard({ html: ' ', text: 'One\r\nTwo' })).toEqual({
      ok: true,
      value: { kind: 'text', name: 'Pasted text', text: 'One\nTwo' },
    })
  })

  it('says so when the clipboard holds nothing', () => {
    expect(readClipboard({ html: '', text: ' \n ' })).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'The clipboard holds nothing to add.' },
    })
  })
})
