// @vitest-environment jsdom
// happy-dom cannot run DOMPurify (its node iteration skips nodes, so nothing is removed): the
// sanitiser is tested in jsdom, the DOM DOMPurify itself is tested against.
//
// The note renderer against docs/security.md's hostile inputs 1-5: the output DOM is checked, not the
// string, so an attribute or element that would act is found however it is spelled.
import { describe, expect, it } from 'vitest'
import { renderNote } from './render-note'

const ACTIVE_ELEMENTS =
  'script, iframe, object, embed, base, meta, link, style, form, button, input, img, svg, ' +
  'math, details, noscript, template, video, audio, source, frame, frameset'

function rendered(source: string): HTMLElement {
  const container = document.createElement('div')
  container.innerHTML = renderNote(source)
  return container
}

/** Everything in the output that could run, load or navigate. */
function dangers(container: HTMLElement): string[] {
  const found = [...container.querySelectorAll(ACTIVE_ELEMENTS)].map((e) => `<${e.localName}>`)
  for (const element of container.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) found.push(`${name} on <${element.localName}>`)
      if (['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'style'].includes(name)) {
        if (name !== 'href' || !/^(https:|mailto:)/i.test(value)) found.push(`${name}=${value}`)
      }
    }
  }
  return found
}

const HOSTILE = [
  '<img src=x onerror=window.__pwned=1>',
  '<svg onload=alert(1)>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<details open ontoggle=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](java&#x09;script&colon;alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '[click](vbscript:msgbox(1))',
  '[click](file:///etc/passwd)',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<embed src="https://evil.example/x.swf">',
  '<object data="https://evil.example/x"></object>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>@import url(https://evil.example/x.css);</style>',
  '<form><button formaction="javascript:alert(1)">go</button></form>',
  '![tracker](https://evil.example/pixel.png)',
  '![x](x "title")',
  '<div style="background:url(https://evil.example/x)">x</div>',
  '<scr<script>ipt>alert(1)</script>',
]

describe('renderNote', () => {
  it('renders Markdown: bold, emphasis, lists, quotes, code and line breaks', () => {
    const note = rendered('**bold** and *soft*\nnext line\n\n- one\n- two\n\n> quoted\n\n`code`')
    expect(note.querySelector('strong')?.textContent).toBe('bold')
    expect(note.querySelector('em')?.textContent).toBe('soft')
    expect(note.querySelector('br')).not.toBeNull()
    expect([...note.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['one', 'two'])
    expect(note.querySelector('blockquote')?.textContent?.trim()).toBe('quoted')
    expect(note.querySelector('code')?.textContent).toBe('code')
  })

  it('keeps https and mailto links, marked so they never pass the page on', () => {
    const note = rendered('[CBC](https://www.cbc.ca/news) <mailto:desk@example.org> https://x.org')
    const links = [...note.querySelectorAll('a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.cbc.ca/news',
      'mailto:desk@example.org',
      'https://x.org',
    ])
    expect(links.every((a) => a.rel === 'noopener noreferrer nofollow')).toBe(true)
  })

  it.each(HOSTILE)('leaves nothing that can run, load or navigate: %s', (source) => {
    expect(dangers(rendered(source))).toEqual([])
  })

  it('shows typed HTML as the text it is', () => {
    const note = rendered('<img src=x onerror=window.__pwned=1> **bold**')
    expect(note.textContent).toContain('<img src=x onerror=window.__pwned=1>')
    expect(note.querySelector('strong')?.textContent).toBe('bold')
  })

  it('shows a template expression as literal text, never compiled', () => {
    const note = rendered("{{constructor.constructor('alert(1)')()}}")
    expect(note.textContent?.trim()).toBe("{{constructor.constructor('alert(1)')()}}")
  })

  it('drops a link to anything but https: or mailto:, keeping its text', () => {
    for (const href of ['http://plain.example', 'ftp://x', 'gloss://app/x', '/relative', '#top']) {
      const note = rendered(`[label](${href})`)
      expect(note.querySelector('a[href]')).toBeNull()
      expect(note.textContent).toContain('label')
    }
  })
})
