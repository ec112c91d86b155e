/**
 * The Markdown export as a notes app reads it: the front matter parsed by a YAML parser, the
 * body by markdown-it's token stream (CommonMark, HTML on, as Obsidian renders it), on notes,
 * tags and library details full of what breaks Markdown and YAML.
 */
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { TRICKY_LIBRARY, libraryInput, trickyInput } from './__fixtures__/tricky-article'
import { formatMarkdown } from './markdown'
import { textFragmentLink } from './text-fragment'
import type { ExportAnnotation, ExportInput } from './types'

const commonMark = new MarkdownIt('commonmark', { html: true })

/** Notes a user may well write, each breaking a naive exporter somewhere. */
const HOSTILE_NOTES = [
  'He said "no", then \'yes\', then, "maybe"',
  'a | b | c\n--- | --- | ---\n1 | 2 | 3',
  'line one\nline two\n\nparagraph two',
  'Use `code` and ``two `ticks` `` here',
  '=SUM(A1:A2)\n+1\n-2\n@home',
  '---\nnot front matter\n---',
  'Setext?\n---',
  'See ^gloss-00000000-0000-4000-8000-000000000001 and [[x#^abc]]',
  '# A heading in a note\n## and another #tag',
  '> a quote inside a note\n\n^not-a-block-id',
  '```\nfenced\n```\n\n~~~\nunclosed tilde fence',
]

function frontMatterOf(markdown: string): Record<string, unknown> {
  expect(markdown.startsWith('---\n')).toBe(true)
  const end = markdown.indexOf('\n---\n', 3)
  return parseYaml(markdown.slice(4, end + 1)) as Record<string, unknown>
}

/** The tokens of the body (after the front matter). */
function bodyTokens(markdown: string): { tokens: Token[]; body: string } {
  const body = markdown.slice(markdown.indexOf('\n---\n', 3) + 5)
  return { tokens: commonMark.parse(body, {}), body }
}

/** The inline content of the top-level paragraph starting at `tokens[at]`, or null. */
function paragraphAt(tokens: Token[], at: number): string | null {
  return tokens[at]?.type === 'paragraph_open' && tokens[at].level === 0
    ? (tokens[at + 1]?.content ?? null)
    : null
}

function withNotes(input: ExportInput, notes: readonly string[]): ExportInput {
  const annotations = notes.map((note, i): ExportAnnotation => ({
    ...input.annotations[i % input.annotations.length],
    id: `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
    note,
  }))
  return { ...input, annotations }
}

describe('the front matter', () => {
  it('parses as YAML to exactly the article’s fields', () => {
    const input = libraryInput()
    expect(frontMatterOf(formatMarkdown(input))).toEqual({
      title: input.article.title,
      author: TRICKY_LIBRARY.byline,
      site: TRICKY_LIBRARY.siteName,
      url: TRICKY_LIBRARY.url,
      added: '2024-04-30T08:15:00.000Z',
      tags: TRICKY_LIBRARY.tags,
      source: input.article.source,
      'gloss-article': input.article.id,
      exported: '2024-05-01T10:00:00.000Z',
      highlights: 6,
      notes: 5,
    })
  })

  it('leaves out what the library does not know', () => {
    const bare = { byline: '', siteName: '', url: '', addedAt: 0, tags: [] }
    const fields = frontMatterOf(formatMarkdown(libraryInput(bare)))
    expect(Object.keys(fields)).toEqual([
      'title',
      'source',
      'gloss-article',
      'exported',
      'highlights',
      'notes',
    ])
  })

  it('stays valid whatever the strings hold', () => {
    const hostile = {
      byline: 'a\n---\nb: c',
      siteName: '\u2028\u0085\ufeff',
      url: 'https://x.example/"\'',
      addedAt: 1,
      tags: ['[', ']', '{', '}', '"', "'", '\\', ': ', '? '],
    }
    const fields = frontMatterOf(formatMarkdown(libraryInput(hostile)))
    expect(fields.author).toBe(hostile.byline)
    expect(fields.site).toBe(hostile.siteName)
    expect(fields.url).toBe(hostile.url)
    expect(fields.tags).toEqual(hostile.tags)
  })
})

describe('highlights as a notes app sees them', () => {
  const input = withNotes(libraryInput(), HOSTILE_NOTES)
  const markdown = formatMarkdown(input)
  const { tokens, body } = bodyTokens(markdown)
  const quotes = tokens.flatMap((token, i) =>
    token.type === 'blockquote_open' && token.level === 0 ? [i] : [],
  )

  it('renders each highlight as a top-level block quote of exactly its quote', () => {
    expect(quotes).toHaveLength(HOSTILE_NOTES.length + 1) // and the one a note holds
    const doc = new DOMParser().parseFromString(commonMark.render(body), 'text/html')
    const highlightQuotes = Array.from(doc.querySelectorAll('body > blockquote')).filter((quote) =>
      quote.nextElementSibling?.textContent?.startsWith('^gloss-'),
    )
    expect(
      highlightQuotes.map((quote) => Array.from(quote.children, (p) => p.textContent).join('\n\n')),
    ).toEqual(input.annotations.map((a) => a.target.quote.exact))
  })

  it('puts each block id on its own line right after the quote it names', () => {
    const ids = tokens.flatMap((token, i) => {
      if (token.type !== 'blockquote_close' || token.level !== 0) return []
      const id = paragraphAt(tokens, i + 1)
      return id?.startsWith('^gloss-') ? [id] : []
    })
    expect(ids).toEqual(input.annotations.map((a) => `^gloss-${a.id}`))
    for (const id of ids) expect(id).toMatch(/^\^[A-Za-z0-9-]+$/)
  })

  it('keeps every note intact, between its highlight’s line and its tags', () => {
    for (const annotation of input.annotations) {
      const rendered = commonMark.render(annotation.note)
      const unclosed = annotation.note.endsWith('unclosed tilde fence')
      const note = unclosed ? `${annotation.note}\n~~~` : annotation.note
      expect(markdown).toContain(`\n\n${note}\n\n`)
      if (!unclosed) expect(commonMark.render(markdown)).toContain(rendered)
    }
  })

  it('links each quote to its passage on the original page', () => {
    const doc = new DOMParser().parseFromString(commonMark.render(body), 'text/html')
    const links = Array.from(doc.querySelectorAll('a'), (a) => [
      a.textContent,
      a.getAttribute('href'),
    ])
    expect(links).toEqual(
      input.annotations.map((a) => [
        'Original page',
        commonMark.normalizeLink(textFragmentLink(TRICKY_LIBRARY.url, a.target.quote) ?? ''),
      ]),
    )
    for (const [, href] of links)
      expect(href).toMatch(/^https:\/\/example\.org\/news\/a_\(b\)\?id=1&x=y#:~:text=/)
  })

  it('writes no page link when the library has no address for the article', () => {
    expect(formatMarkdown(trickyInput())).not.toContain('Original page')
    expect(
      formatMarkdown(libraryInput({ ...TRICKY_LIBRARY, url: 'file:///a.html' })),
    ).not.toContain('Original page')
  })
})
