import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readMhtml } from './read-mhtml'
import { bytesOf, RUSSIAN, RUSSIAN_1251 } from './test-files'

const FIXTURES = join(__dirname, '../../../../../fixtures/adding')
const saved = new Uint8Array(readFileSync(join(FIXTURES, 'chromium-single-file.mhtml')))
/** The 1×1 PNG both picture parts of the fixture carry, decoded here by Node. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const bytesOfBlob = async (blob: Blob | undefined) =>
  Buffer.from(await (blob ?? new Blob()).arrayBuffer())

/** A message as other tools write it: LF line ends, the given parts. */
function message(...parts: string[][]): Uint8Array {
  const boundary = 'b0undary'
  const lines = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
    '',
    ...parts.flatMap((part) => [`--${boundary}`, ...part]),
    `--${boundary}--`,
    '',
  ]
  return bytesOf(lines.join('\n'))
}

describe('readMhtml', () => {
  it('reads the page of a file saved by Chromium: quoted-printable undone, UTF-8 decoded', async () => {
    const page = await readMhtml('Story.mhtml', saved)
    expect(page?.kind).toBe('page')
    expect(page?.name).toBe('Story.mhtml')
    expect(page?.html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type"/,
    )
    expect(page?.html).toContain('<title>The café on the corner</title>')
    expect(page?.html).toContain(
      'Everyone on the street says the coffee is good — and the Russian baker signs his loaves Привет.',
    )
    expect(page?.html).toContain('<img src="cid:sign@news.example" alt="The sign">')
    expect(page?.html.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('keeps the address it was saved from', async () => {
    const page = await readMhtml('Story.mhtml', saved)
    expect(page?.savedFrom).toBe('https://news.example/2026/12/cafe-story')
  })

  it('gives each other part by its Content-Location and its Content-ID, base64 undone', async () => {
    const page = await readMhtml('Story.mhtml', saved)
    expect([...(page?.resources.keys() ?? [])].sort()).toEqual([
      'cid:sign@news.example',
      'https://news.example/img/front.png',
    ])
    for (const blob of page?.resources.values() ?? []) {
      expect(blob.type).toBe('image/png')
      expect((await bytesOfBlob(blob)).equals(PNG)).toBe(true)
    }
  })

  it('does not change the bytes it is given', async () => {
    const before = Buffer.from(saved)
    await readMhtml('Story.mhtml', saved)
    expect(Buffer.from(saved).equals(before)).toBe(true)
  })

  it('reads a Windows-1251 page as Chromium saves it: the charset only in the page', async () => {
    const real = new Uint8Array(readFileSync(join(FIXTURES, 'chromium-150-windows-1251.mhtml')))
    const page = await readMhtml('ru.mhtml', real)
    expect(page?.html).toContain(`<title>${RUSSIAN}</title>`)
    expect(page?.html).toContain(`<p>${RUSSIAN}</p>`)
    expect(page?.savedFrom).toBe('http://127.0.0.1:8765/ru.html')
    const frameId = /<iframe src="(cid:[^"]+)"/.exec(page?.html ?? '')?.[1]
    expect(frameId).toBe('cid:frame-E2B54724A57259DB67F7B022F6385BC9@mhtml.blink')
    const frame = page?.resources.get(frameId ?? '')
    expect(frame).toBe(page?.resources.get('http://127.0.0.1:8765/frame.html'))
    expect((await bytesOfBlob(frame)).toString()).toContain('<p>frame</p>')
    const picture = await bytesOfBlob(page?.resources.get('http://127.0.0.1:8765/pic.png'))
    expect(picture.equals(PNG)).toBe(true)
  })

  it('reads the page in the charset its part header states', async () => {
    const html = Buffer.concat([Buffer.from('<p>'), RUSSIAN_1251, Buffer.from('</p>')])
    const raw = message([
      'Content-Type: text/html; charset=windows-1251',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://ru.example/',
      '',
      html.toString('base64'),
    ])
    const page = await readMhtml('ru.mht', raw)
    expect(page?.html).toBe(`<p>${RUSSIAN}</p>`)
    expect(page?.savedFrom).toBe('https://ru.example/')
  })

  // The line end before a boundary belongs to the boundary (RFC 2046), but postal-mime leaves
  // it on the part; the tests trim it.
  it('takes the first HTML part as the page and keeps later frames as resources', async () => {
    const raw = message(
      ['Content-Type: text/html', 'Content-Location: https://a.example/', '', '<p>Main</p>'],
      [
        'Content-Type: text/html',
        'Content-ID: <frame-1@mhtml.blink>',
        'Content-Location: https://ads.example/frame',
        '',
        '<p>Frame</p>',
      ],
    )
    const page = await readMhtml('a.mhtml', raw)
    expect(page?.html.trim()).toBe('<p>Main</p>')
    const frame = page?.resources.get('cid:frame-1@mhtml.blink')
    expect(frame).toBe(page?.resources.get('https://ads.example/frame'))
    expect((await bytesOfBlob(frame)).toString().trim()).toBe('<p>Frame</p>')
  })

  it('keeps no address when the page was saved from disk', async () => {
    const raw = message([
      'Content-Type: text/html',
      'Content-Location: file:///C:/Users/me/a.html',
      '',
      '<p>x',
    ])
    const page = await readMhtml('a.mhtml', raw)
    expect(page?.html.trim()).toBe('<p>x')
    expect(page).not.toHaveProperty('savedFrom')
  })

  it('finds nothing when the message has no HTML part', async () => {
    const raw = message([
      'Content-Type: image/png',
      'Content-Location: https://a.example/x.png',
      '',
      'xx',
    ])
    expect(await readMhtml('pictures.mhtml', raw)).toBeNull()
  })
})
