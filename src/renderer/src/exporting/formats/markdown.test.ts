import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import {
  EXPORTED_AT,
  FAMILY,
  LINKABLE_ARTICLE_ID,
  TRICKY_ARTICLE,
  linkableInput,
  trickyInput,
} from './__fixtures__/tricky-article'
import { COLOR_LABELS } from './content'
import { escapeMarkdownLine } from './escape'
import { closeOpenFence, formatMarkdown, markdownTag } from './markdown'
import type { ExportAnnotation, ExportInput } from './types'

/** Obsidian renders inline HTML, so the test does too: escaping must hold with HTML on. */
const commonMark = new MarkdownIt('commonmark', { html: true })
/** markdown-it's default preset adds GitHub tables and strikethrough, as Obsidian does. */
const gfm = new MarkdownIt('default', { html: true })

function render(markdown: string, renderer = commonMark): Document {
  return new DOMParser().parseFromString(renderer.render(markdown), 'text/html')
}

/** What a reader sees of a blockquote: its paragraphs' text, a blank line between them. */
function blockquoteText(blockquote: Element): string {
  return Array.from(blockquote.children, (p) => p.textContent).join('\n\n')
}

/** The body of the file after its front matter. */
function body(markdown: string): string {
  return markdown.slice(markdown.indexOf('\n---\n', 4) + 5)
}

describe('formatMarkdown on the tricky article', () => {
  const input = trickyInput()
  const output = formatMarkdown(input)
  const lines = output.split('\n')

  it('opens with YAML front matter whose values read back exactly', () => {
    expect(lines.slice(0, 8)).toEqual([
      '---',
      'title: "Notes on *bold* claims & <script>alert(\\"title\\")</script>"',
      'source: "Test \\"source\\": a # b"',
      'gloss-article: "tricky/1"',
      'exported: 2024-05-01T10:00:00.000Z',
      'highlights: 6',
      'notes: 5',
      '---',
    ])
    // A double-quoted YAML scalar without YAML-only escapes is a JSON string.
    expect(JSON.parse(lines[1].slice('title: '.length))).toBe(TRICKY_ARTICLE.title)
    expect(JSON.parse(lines[2].slice('source: '.length))).toBe(TRICKY_ARTICLE.source)
  })

  it('writes the title as a heading with its Markdown escaped', () => {
    expect(lines[9]).toBe(
      '# Notes on \\*bold\\* claims \\& \\<script\\>alert("title")\\</script\\>',
    )
    expect(render(body(output)).querySelector('h1')?.textContent).toBe(TRICKY_ARTICLE.title)
  })

  it('writes each highlight as a blockquote, its block id, section, colour, time, note and tags', () => {
    const start = lines.indexOf('> \\*not emphasis\\*, \\_nor this\\_, and \\# not a heading.')
    expect(lines.slice(start, start + 11)).toEqual([
      '> \\*not emphasis\\*, \\_nor this\\_, and \\# not a heading.',
      '',
      '^gloss-00000000-0000-4000-8000-000000000003',
      '',
      'Section: Notes on \\*bold\\* claims \\& \\<script\\>alert("title")\\</script\\> · Yellow · 2024-05-01T09:03:00.000Z · offsets 213–261',
      '',
      'A **bold** note.',
      'Second line with `code`.',
      '',
      'Tags: #markdown #two-words',
      '',
    ])
    expect(lines).toContain('> \\</script\\>\\<script\\>alert(1)\\</script\\> stays text.')
    expect(lines).toContain('> a \\| pipe, a "quoted" word and a \\#hashtag')
    expect(lines).toContain(`> emoji ${FAMILY} and a flag \u{1F1FA}\u{1F1E6}`)
    expect(lines).toContain('> \\=SUM(A1:A2) and +1 and @home')
  })

  it('renders in CommonMark with every quote exactly as highlighted, in reading order', () => {
    const doc = render(body(output))
    const quotes = Array.from(doc.querySelectorAll('blockquote'), blockquoteText)
    expect(quotes).toEqual(input.annotations.map((a) => a.target.quote.exact))
    for (const blockquote of doc.querySelectorAll('blockquote')) {
      expect(Array.from(blockquote.querySelectorAll('*'), (e) => e.tagName)).toEqual(
        Array.from(blockquote.children, () => 'P'),
      )
    }
    expect(doc.querySelectorAll('script')).toHaveLength(0)
  })

  it('renders notes as Markdown and sections and tags as plain paragraphs', () => {
    const doc = render(body(output))
    const paragraphs = Array.from(doc.body.children, (e) => `${e.tagName} ${e.textContent}`)
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^P Section: Voices in other scripts · Purple · 2024-05-01T09:05:00\.000Z · offsets \d+–\d+$/,
        ),
      ]),
    )
    expect(paragraphs).toContain('P Tags: #markdown #two-words')
    expect(doc.querySelector('p strong')?.textContent).toBe('bold')
    expect(doc.querySelector('p em')?.textContent).toBe('worth')
    expect(doc.querySelectorAll('h2, h3, h4, h5, h6, ul, ol, table, hr')).toHaveLength(0)
  })

  it('leaves out notes and tags when asked, and counts no notes', () => {
    const bare = formatMarkdown(trickyInput({ includeNotes: false, includeTags: false }))
    expect(bare).toContain('\nnotes: 0\n')
    expect(bare).not.toContain('**bold**')
    expect(bare).not.toContain('My summary')
    expect(bare).not.toContain('#markdown')
  })
})

describe('Markdown escaping of quotes', () => {
  /** A one-highlight export of `exact`, rendered: the text of its blockquote. */
  function renderedQuote(exact: string, renderer = commonMark): string {
    const input: ExportInput = {
      ...trickyInput(),
      articleNote: '',
      annotations: [
        {
          ...trickyInput().annotations[0],
          target: {
            quote: { exact, prefix: '', suffix: '' },
            position: { start: 0, end: exact.length },
          },
        },
      ],
    }
    const blockquote = render(body(formatMarkdown(input)), renderer).querySelector('blockquote')
    return blockquote ? blockquoteText(blockquote) : ''
  }

  it('keeps list markers, headings, indentation and HTML literal', () => {
    expect(renderedQuote('- item\n+ item\n12. item\n3) item')).toBe(
      '- item\n+ item\n12. item\n3) item',
    )
    expect(renderedQuote('Title\n===\nRule\n---')).toBe('Title\n===\nRule\n---')
    expect(renderedQuote('    indented code?')).toBe('    indented code?')
    expect(renderedQuote('trailing spaces  \nand a backslash\\\nend')).toBe(
      'trailing spaces  \nand a backslash\\\nend',
    )
    expect(renderedQuote('<b>bold</b> &amp; &copy; [link](x) ![img](y) <http://a.b>')).toBe(
      '<b>bold</b> &amp; &copy; [link](x) ![img](y) <http://a.b>',
    )
    expect(renderedQuote(`\u00a0nbsp edges\u00a0`)).toBe(`\u00a0nbsp edges\u00a0`)
  })

  it('renders any text of Markdown syntax characters as exactly that text', () => {
    const syntax = fc.constantFrom(
      ...'ab 1.)\t\u00a0*_#|[]<>`-+=~$&^%!():"\'{};\\é\u05d0',
      '&amp;',
      '&#35;',
      '<!--',
      '```',
      '~~~',
      '    ',
      '[^1]',
      '[[x]]',
    )
    const line = fc.array(syntax, { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (quoteLines) => {
        const exact = quoteLines.join('\n')
        fc.pre(exact.trim() !== '')
        // Markdown paragraphs: runs of empty lines separate them, and only them.
        const expected = exact
          .split(/\n(?:\n)+/)
          .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
          .filter((paragraph) => paragraph !== '')
          .join('\n\n')
        expect(renderedQuote(exact)).toBe(expected)
        expect(renderedQuote(exact, gfm)).toBe(expected)
      }),
      { numRuns: 300 },
    )
  })
})

describe('markdownTag', () => {
  it('makes tags Obsidian-safe without losing letters, marks or emoji', () => {
    expect(markdownTag('two words')).toBe('two-words')
    expect(markdownTag('  C++ & co.  ')).toBe('C-co')
    expect(markdownTag('nested/tag_name')).toBe('nested/tag_name')
    expect(markdownTag('عربي')).toBe('عربي')
    expect(markdownTag('cafe\u0301')).toBe('cafe\u0301')
    expect(markdownTag(`team ${FAMILY}`)).toBe(`team-${FAMILY}`)
    expect(markdownTag('#hash\u202Eevil')).toBe('hash-evil')
    expect(markdownTag('!!!')).toBe('')
  })
})

describe('notes that could break the file', () => {
  it('closes an unclosed code fence so the next highlight still renders', () => {
    expect(closeOpenFence('```js\nlet x')).toBe('```js\nlet x\n```')
    expect(closeOpenFence('~~~~\na\n~~~~')).toBe('~~~~\na\n~~~~')
    const [first, second] = trickyInput().annotations
    const input: ExportInput = {
      ...trickyInput(),
      annotations: [{ ...first, note: 'Look:\n````\ncode' } as ExportAnnotation, second],
    }
    const doc = render(body(formatMarkdown(input)))
    expect(doc.querySelectorAll('blockquote')).toHaveLength(2)
    expect(doc.querySelector('pre code')?.textContent).toBe('code\n')
  })

  it('stamps the export time it is given', () => {
    expect(formatMarkdown(trickyInput())).toContain(`exported: ${EXPORTED_AT.toISOString()}\n`)
  })
})

describe('formatMarkdown with links back to Gloss', () => {
  const linkOf = (a: ExportAnnotation) =>
    `gloss://open/article/${LINKABLE_ARTICLE_ID}/highlight/${a.id}`

  it('puts each highlight’s gloss:// link at the end of its section line, beside the quote', () => {
    const input = linkableInput()
    const lines = formatMarkdown(input).split('\n')
    for (const annotation of input.annotations) {
      const section = `Section: ${escapeMarkdownLine(annotation.section)}`
      const created = new Date(annotation.createdAt).toISOString()
      const colour = COLOR_LABELS[annotation.color]
      const { start, end } = annotation.target.position
      expect(lines).toContain(
        `${section} · ${colour} · ${created} · offsets ${start}–${end} · [Open in Gloss](${linkOf(annotation)})`,
      )
    }
  })

  it('renders them as links whose targets open the highlights, in reading order', () => {
    const input = linkableInput()
    const doc = render(body(formatMarkdown(input)))
    const links = Array.from(doc.querySelectorAll('a'), (a) => [
      a.textContent,
      a.getAttribute('href'),
    ])
    expect(links).toEqual(input.annotations.map((a) => ['Open in Gloss', linkOf(a)]))
  })

  it('writes none when the option is off, or for ids no link can name', () => {
    expect(formatMarkdown(linkableInput(false))).not.toContain('gloss:')
    expect(formatMarkdown(linkableInput(false))).toBe(
      formatMarkdown(trickyInput()).replace('"tricky/1"', `"${LINKABLE_ARTICLE_ID}"`),
    )
    const tricky = trickyInput()
    expect(
      formatMarkdown({ ...tricky, options: { ...tricky.options, includeLinks: true } }),
    ).not.toContain('gloss:')
  })
})
