import { describe, expect, it } from 'vitest'
import {
  FAMILY,
  LINKABLE_ARTICLE_ID,
  RLO,
  TRICKY_ARTICLE,
  linkableInput,
  trickyInput,
} from './__fixtures__/tricky-article'
import { formatHtml } from './html'

describe('formatHtml on the tricky article', () => {
  const input = trickyInput()
  const html = formatHtml(input)
  const lines = html.split('\n')
  const doc = new DOMParser().parseFromString(html, 'text/html')

  it('is one self-contained page: one style element, no script, nothing to load', () => {
    expect(doc.querySelectorAll('style')).toHaveLength(1)
    expect(
      doc.querySelectorAll('script, link, img, iframe, object, embed, base, form'),
    ).toHaveLength(0)
    const attributes = Array.from(doc.querySelectorAll('*')).flatMap((e) => e.getAttributeNames())
    expect(attributes.filter((name) => /^on|^(src|href|srcset|action)$/.test(name))).toEqual([])
    expect(lines).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    )
  })

  it('escapes every user string, so the page shows them as text', () => {
    expect(lines).toContain(
      '<h1 dir="auto">Notes on *bold* claims &amp; &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</h1>',
    )
    expect(lines).toContain(
      '<blockquote class="quote green" dir="auto">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; stays text.',
    )
    expect(lines).toContain('<p class="note" dir="auto">&lt;img src=x onerror=alert(1)&gt;</p>')
    expect(doc.querySelector('h1')?.textContent).toBe(TRICKY_ARTICLE.title)
    expect(doc.title).toBe(`${TRICKY_ARTICLE.title} — highlights and notes`)
  })

  it('shows each quote exactly, in reading order, painted in its colour', () => {
    const quotes = Array.from(doc.querySelectorAll('blockquote'))
    expect(quotes.map((q) => q.textContent)).toEqual(
      input.annotations.map((a) => a.target.quote.exact),
    )
    expect(quotes.map((q) => q.className)).toEqual([
      'quote pink',
      'quote blue',
      'quote yellow',
      'quote green',
      'quote purple',
      'quote yellow',
    ])
    expect(doc.querySelector('style')?.textContent).toContain(
      '.quote.pink { background: #ffd6e6; border-color: #d8457f; }',
    )
    expect(Array.from(doc.querySelectorAll('.where'), (p) => p.textContent)[1]).toBe(
      `Photo caption, ${TRICKY_ARTICLE.title} · Blue`,
    )
  })

  it('keeps notes as plain text with their line breaks, and lists tags', () => {
    const notes = Array.from(doc.querySelectorAll('.highlight .note'), (p) => p.textContent)
    expect(notes).toEqual([
      `Family emoji ${FAMILY} stays whole.`,
      'A **bold** note.\nSecond line with `code`.',
      '<img src=x onerror=alert(1)>',
      `הערה בעברית ${RLO}evil`,
      '=HYPERLINK("http://evil.example","click")',
    ])
    expect(doc.querySelector('style')?.textContent).toMatch(/\.note \{[^}]*white-space: pre-wrap/)
    expect(Array.from(doc.querySelectorAll('.tags li'), (li) => li.textContent)).toEqual([
      'emoji \u{1F600}',
      'markdown',
      'two words',
      'עברית',
      '@home',
      '-minus',
    ])
  })

  it('isolates the direction of every user string, so RTL text and U+202E cannot spill over', () => {
    const userText = doc.querySelectorAll('h1, blockquote, .note, .tags li, .where span')
    expect(userText.length).toBeGreaterThan(15)
    for (const element of userText) expect(element.getAttribute('dir')).toBe('auto')
    expect(doc.documentElement.getAttribute('lang')).toBe('en')
  })

  it('prints: colours kept, highlights unbroken', () => {
    const css = doc.querySelector('style')?.textContent ?? ''
    expect(css).toContain('print-color-adjust: exact')
    expect(css).toContain('@media print {')
    expect(css).toContain('.highlight { break-inside: avoid; }')
  })

  it('states when it was exported and what it holds', () => {
    expect(lines).toContain(
      '<p class="meta">Exported <time datetime="2024-05-01T10:00:00.000Z">2024-05-01 10:00 UTC</time> · 6 highlights, 5 notes</p>',
    )
    expect(lines).toContain(
      '<p class="meta">Source: <span dir="auto">Test &quot;source&quot;: a # b</span></p>',
    )
  })

  it('leaves out notes and tags when asked', () => {
    const bare = new DOMParser().parseFromString(
      formatHtml(trickyInput({ includeNotes: false, includeTags: false })),
      'text/html',
    )
    expect(bare.querySelectorAll('.note, .tags')).toHaveLength(0)
    expect(bare.querySelectorAll('blockquote')).toHaveLength(6)
  })
})

describe('formatHtml with no highlights', () => {
  it('says so instead of showing an empty list', () => {
    const html = formatHtml({ ...trickyInput(), annotations: [] })
    expect(html).toContain('<h2>Highlights</h2>\n<p class="meta">No highlights.</p>\n</main>')
    expect(html).toContain('0 highlights, 0 notes')
  })
})

describe('formatHtml with links back to Gloss', () => {
  it('names each highlight’s gloss:// link on its line, the only links on the page', () => {
    const input = linkableInput()
    const doc = new DOMParser().parseFromString(formatHtml(input), 'text/html')
    const lines = Array.from(doc.querySelectorAll('.highlight .where'))
    expect(lines.map((line) => line.querySelector('a')?.getAttribute('href'))).toEqual(
      input.annotations.map((a) => `gloss://open/article/${LINKABLE_ARTICLE_ID}/highlight/${a.id}`),
    )
    expect(lines.map((line) => line.querySelector('a')?.textContent)).toEqual(
      input.annotations.map(() => 'Open in Gloss'),
    )
    const hrefs = Array.from(doc.querySelectorAll('[href]'), (e) => e.getAttribute('href'))
    expect(hrefs.every((href) => href?.startsWith('gloss://open/article/'))).toBe(true)
    expect(hrefs).toHaveLength(input.annotations.length)
  })

  it('has none when the option is off, or for ids no link can name', () => {
    expect(formatHtml(linkableInput(false))).not.toContain('gloss:')
    const tricky = trickyInput()
    const asked = { ...tricky, options: { ...tricky.options, includeLinks: true } }
    expect(formatHtml(asked)).toBe(formatHtml(tricky))
  })
})
