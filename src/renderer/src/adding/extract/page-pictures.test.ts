// @vitest-environment node
/**
 * The page's pictures: bytes from a `data:` URL, the saved page's folder or an MHTML part are
 * kept when they are a picture; links to the web become placeholders naming the site; the cap
 * per article leaves the rest out with a notice.
 */
import { describe, expect, it } from 'vitest'
import { collectPagePictures } from './page-pictures'
import { PAGE_BASE } from './page-address'

/** A PNG's signature and the start of its header chunk: 64 × 48 pixels. */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 64,
  0, 0, 0, 48,
])
/** A GIF of 1 × 1 pixel: the spacer lazy-loading pages put where the picture will go. */
const SPACER = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
const png = (extra = 0): Blob => new Blob([PNG, new Uint8Array(extra)])

describe('collectPagePictures', () => {
  it('keeps pictures the page brought, by the address it uses', async () => {
    const resources = new Map<string, Blob>([
      ['Page_files/photo one.jpg', new Blob([JPEG])],
      ['https://site.example/a.png', png()],
      ['cid:part1@mhtml', png()],
    ])
    const addresses = [
      `${PAGE_BASE}Page_files/photo%20one.jpg`,
      './Page_files/photo one.jpg',
      'https://site.example/a.png',
      'cid:part1@mhtml',
      'data:image/png;base64,' + btoa(String.fromCharCode(...PNG)),
    ]
    const pictures = await collectPagePictures(addresses, resources, undefined)
    expect([...pictures.images].map(([name, blob]) => [name, blob.type])).toEqual([
      ['picture-1.jpg', 'image/jpeg'],
      ['picture-2.jpg', 'image/jpeg'],
      ['picture-3.png', 'image/png'],
      ['picture-4.png', 'image/png'],
      ['picture-5.png', 'image/png'],
    ])
    expect(pictures.refFor(addresses[4], { alt: 'dot' })).toEqual({
      image: 'picture-5.png',
      alt: 'dot',
    })
  })

  it('finds a page folder file whatever Unicode form the markup names it in', async () => {
    const resources = new Map([['Page_files/café.png', png()]])
    const decomposed = `${PAGE_BASE}Page_files/cafe\u0301.png`
    const pictures = await collectPagePictures([decomposed], resources, undefined)
    expect(pictures.refFor(decomposed, { alt: '' })?.image).toBe('picture-1.png')
  })

  it('finds an MHTML part by its absolute address when the markup wrote it relative', async () => {
    const resources = new Map([['https://news.example/img/a.png', png()]])
    const pictures = await collectPagePictures(
      [`${PAGE_BASE}img/a.png`],
      resources,
      'https://news.example/story',
    )
    expect(pictures.refFor(`${PAGE_BASE}img/a.png`, { alt: '' })?.image).toBe('picture-1.png')
  })

  it('leaves a data: picture past the cap out without decoding it', async () => {
    const big = 'data:image/png;base64,' + 'A'.repeat(4000)
    const pictures = await collectPagePictures([big], new Map(), undefined, 1000)
    expect(pictures.images.size).toBe(0)
    expect(pictures.notices).toHaveLength(1)
  })

  it('shows a placeholder naming the site for a picture only linked to', async () => {
    const pictures = await collectPagePictures(
      ['https://cdn.example.com/x.jpg', `${PAGE_BASE}img/y.jpg`, 'javascript:alert(1)'],
      new Map(),
      'https://news.example.org/story/',
    )
    expect(pictures.images.size).toBe(0)
    expect(pictures.refFor('https://cdn.example.com/x.jpg', { alt: 'X', width: 4 })).toEqual({
      image: null,
      alt: 'X',
      remoteHost: 'cdn.example.com',
      width: 4,
    })
    expect(pictures.refFor(`${PAGE_BASE}img/y.jpg`, { alt: '' })?.remoteHost).toBe(
      'news.example.org',
    )
    expect(pictures.refFor('javascript:alert(1)', { alt: '' })).toEqual({ image: null, alt: '' })
  })

  it('refuses bytes that are not a picture, whatever they claim', async () => {
    const html = new Blob(['<script>alert(1)</script>'], { type: 'image/png' })
    const pictures = await collectPagePictures(
      ['Page_files/fake.png', 'data:image/png;base64,PHNjcmlwdD4='],
      new Map([['Page_files/fake.png', html]]),
      undefined,
    )
    expect(pictures.images.size).toBe(0)
  })

  it('shows a pixel-sized spacer as nothing', async () => {
    const pictures = await collectPagePictures([SPACER], new Map(), undefined)
    expect(pictures.images.size).toBe(0)
    expect(pictures.refFor(SPACER, { alt: 'Illustration' })).toBeNull()
  })

  it('keeps an SVG as a picture (its scripts never run in an <img>)', async () => {
    const svg =
      'data:image/svg+xml,' +
      encodeURIComponent('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')
    const pictures = await collectPagePictures([svg], new Map(), undefined)
    expect([...pictures.images.values()].map((blob) => blob.type)).toEqual(['image/svg+xml'])
  })

  it('stops at the cap per article and says why', async () => {
    const resources = new Map([
      ['a.png', png(600)],
      ['b.png', png(600)],
      ['c.png', png(10)],
    ])
    const pictures = await collectPagePictures(
      ['a.png', 'b.png', 'c.png'],
      resources,
      undefined,
      1000,
    )
    expect([...pictures.images.keys()]).toEqual(['picture-1.png', 'picture-2.png'])
    expect(pictures.refFor('b.png', { alt: 'b' })?.image).toBeNull()
    expect(pictures.notices).toEqual([
      '1 picture was left out: Gloss keeps up to 0 MB of pictures for one article, and this page has more.',
    ])
  })
})
