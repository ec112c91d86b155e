// @vitest-environment node
/**
 * What the Readability worker answers, called without a worker: a page's readable part and
 * what it says about itself; a page that leaves out `<html>` and `<body>` (browsers supply
 * them, linkedom does not); and a page Readability cannot walk, handed on whole.
 */
import { describe, expect, it } from 'vitest'
import { answer } from './readable.worker'
import { PAGE_BASE } from './page-address'

const words = 'The harbour wakes before the town does, and the boats come in with the tide. '

describe('the Readability worker', () => {
  it('finds the article, its metadata, and where the page was', () => {
    const response = answer({
      id: 7,
      savedFrom: 'https://coast.example/stories/harbour',
      html:
        '<html lang="en-GB"><head><title>The harbour – Coast</title>' +
        '<link rel="canonical" href="/stories/the-harbour"><base href="https://evil.example/">' +
        '<meta property="og:site_name" content="Coast Weekly"></head><body><nav>Home News</nav>' +
        `<article><h1>The harbour</h1><p>${words.repeat(8)}</p><img src="pics/boat.jpg"></article></body></html>`,
    })
    expect(response).toMatchObject({
      id: 7,
      ok: true,
      page: {
        siteName: 'Coast Weekly',
        lang: 'en-GB',
        url: 'https://coast.example/stories/the-harbour',
        baseUrl: 'https://evil.example/',
        wholePage: false,
      },
    })
    if (!response.ok) return
    // Relative addresses point into the page's own folder, never at the page's <base>.
    expect(response.page.html).toContain(`${PAGE_BASE}pics/boat.jpg`)
    expect(response.page.html).not.toContain('Home News')
  })

  it('leaves out SVG and styles, which Gloss never shows', () => {
    const response = answer({
      id: 3,
      html:
        `<html><body><article><h1>Icons</h1><p style="color:red">${words.repeat(8)}` +
        '<svg style="fill:red"><path d="M0 0"/></svg></p></article></body></html>',
    })
    if (!response.ok) throw new Error(response.message)
    expect(response.page.html).not.toMatch(/svg|style/)
    expect(response.page.html).toContain('The harbour wakes')
  })

  it('reads a page that leaves out <html> and <body>', () => {
    const response = answer({
      id: 1,
      html: `<!doctype html><title>Bare page</title><h1>Bare page</h1><p>${words.repeat(8)}</p>`,
    })
    expect(response).toMatchObject({ ok: true, page: { title: 'Bare page', wholePage: false } })
  })

  // Ten thousand levels take Readability a few seconds to give up on.
  it('hands on a page it cannot walk whole, marked as the whole page', { timeout: 60_000 }, () => {
    const html = `<title>Deep</title>${'<div>'.repeat(10_000)}<p>${words}</p>${'</div>'.repeat(10_000)}`
    const response = answer({ id: 2, html })
    expect(response).toMatchObject({ ok: true, page: { html, title: 'Deep', wholePage: true } })
  })
})
