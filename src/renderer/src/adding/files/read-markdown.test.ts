import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readMarkdown } from './read-markdown'

const FIXTURES = join(__dirname, '../../../../../fixtures/adding')
const withFrontMatter = readFileSync(join(FIXTURES, 'front-matter.md'), 'utf8')

describe('readMarkdown', () => {
  it('reads title, author, address, date and language from the front matter', () => {
    const article = readMarkdown('front-matter.md', withFrontMatter)
    expect(article.kind).toBe('fragment')
    expect(article.name).toBe('front-matter.md')
    expect(article.title).toBe('Notes on slow reading')
    expect(article.meta).toEqual({
      byline: 'Ada Example',
      url: 'https://blog.example/slow-reading',
      publishedTime: '2026-11-30',
      lang: 'en',
    })
    expect(article.resources.size).toBe(0)
  })

  it('renders the body without the front matter', () => {
    const { html } = readMarkdown('front-matter.md', withFrontMatter)
    expect(html).toMatch(/^<h1>A heading in the body<\/h1>\n/)
    expect(html).toContain(
      '<p>Reading slowly is <em>deliberate</em>. See <a href="https://blog.example/essay">the essay</a>.</p>',
    )
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>')
    expect(html).not.toContain('title:')
    expect(html).not.toContain('<hr>')
  })

  it('shows HTML typed in the Markdown as text, never as markup', () => {
    const { html } = readMarkdown('front-matter.md', withFrontMatter)
    expect(html).toContain('&lt;script&gt;window.__hostile = true&lt;/script&gt;')
    expect(html).not.toContain('<script')
    expect(readMarkdown('x.md', 'A <img src=x onerror=alert(1)> here').html).toBe(
      '<p>A &lt;img src=x onerror=alert(1)&gt; here</p>\n',
    )
  })

  it('makes no link of a bare address, and none to javascript:', () => {
    expect(readMarkdown('x.md', 'See https://a.example/ now').html).toBe(
      '<p>See https://a.example/ now</p>\n',
    )
    expect(readMarkdown('x.md', '[click](javascript:alert(1))').html).not.toContain('href')
  })

  it('takes the other names people give the fields, and lists of authors', () => {
    const text =
      '---\nauthors: [Ada, Grace]\nsource: https://a.example/\npublished: 2026-01-02\n---\nBody\n'
    expect(readMarkdown('x.md', text).meta).toEqual({
      byline: 'Ada, Grace',
      url: 'https://a.example/',
      publishedTime: '2026-01-02',
    })
  })

  it('keeps only a web address as the address', () => {
    const text = '---\nurl: javascript:alert(1)\nsource: https://a.example/\n---\nBody\n'
    expect(readMarkdown('x.md', text).meta).toEqual({})
    expect(readMarkdown('x.md', '---\nlink: file:///home/me/x.md\n---\n').meta).toEqual({})
  })

  it('reads a title that YAML takes for a number, and a date with a time', () => {
    const text = '---\ntitle: 1984\ndate: 2026-01-02T03:04:05Z\n---\nBody\n'
    const article = readMarkdown('x.md', text)
    expect(article.title).toBe('1984')
    expect(article.meta?.publishedTime).toBe('2026-01-02T03:04:05Z')
  })

  it('has no title or meta when there is no front matter, and renders all of it', () => {
    const article = readMarkdown('plain.md', '# Heading\n\nText\n')
    expect(article.title).toBeUndefined()
    expect(article.meta).toEqual({})
    expect(article.html).toBe('<h1>Heading</h1>\n<p>Text</p>\n')
  })

  it('leaves out front matter that is not valid YAML and keeps the body', () => {
    const article = readMarkdown('x.md', '---\ntitle: [unclosed\n---\nBody\n')
    expect(article.title).toBeUndefined()
    expect(article.html).toBe('<p>Body</p>\n')
  })

  it('takes empty front matter, and front matter that ends the file, off the body', () => {
    expect(readMarkdown('x.md', '---\n---\nBody\n').html).toBe('<p>Body</p>\n')
    const only = readMarkdown('x.md', '---\ntitle: Only a title\n---')
    expect(only.title).toBe('Only a title')
    expect(only.html).toBe('')
  })

  it('takes a horizontal rule that is not front matter for a rule', () => {
    const { html } = readMarkdown('x.md', 'Intro\n\n---\n\nMore\n')
    expect(html).toBe('<p>Intro</p>\n<hr>\n<p>More</p>\n')
  })
})
