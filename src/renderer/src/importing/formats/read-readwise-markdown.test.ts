/**
 * Readwise's Markdown export (Reader's highlights in it), from the hand-written sample in
 * `fixtures/import/readwise-reader/` (see its README), and damaged versions of it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import seedText from '../../../../../resources/articles/putin-syria-withdrawal/article.txt?raw'
import { parseAnnotationFile } from './parse-annotation-file'
import { isReadwiseMarkdown } from './read-readwise-markdown'
import type { ImportRefusalReason } from './types'

const SAMPLE = readFileSync(
  join(__dirname, '../../../../../fixtures/import/readwise-reader/reader-export.md'),
  'utf8',
)
const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5))

function parse(text: string) {
  let n = 0
  const newId = () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
  return parseAnnotationFile(text, { newId, now: NOW })
}

function accepted(text: string) {
  const result = parse(text)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const CBC = {
  source: 'https://www.cbc.ca/news/world/putin-syria-russia-withdrawal-1.4444417?cmp=rss',
  title: 'Putin Orders Russian Troops Out of Syria',
}
const PORTS = {
  source: 'https://example.org/ports',
  title: 'Why Ports Matter: Tartous and the Eastern Mediterranean',
}

describe('Readwise’s Markdown export', () => {
  const batch = accepted(SAMPLE)

  it('gives each highlight, quote exact and without its View Highlight link', () => {
    const quotes = batch.annotations.map((a) => a.target.quote.exact)
    expect(quotes).toHaveLength(5)
    for (const quote of quotes.slice(0, 4)) expect(seedText).toContain(quote)
    expect(quotes[2]).toContain('parts of Syria.\n\nIn a televised speech')
    expect(quotes[0]).toBe(
      "Putin made the announcement during a surprise visit to\u00a0Russia's Hmeymim airbase",
    )
    expect(quotes.join('')).not.toMatch(/View Highlight|readwise\.io|\(\)/)
    expect(quotes[4]).toBe('A warm-water port is worth more than a fleet that cannot reach it.')
  })

  it('reads notes as written and tags from [[links]]', () => {
    const [first, second, third, fourth, fifth] = batch.annotations
    expect(first.note).toBe(
      'Compare with the 2015 "mission accomplished", and the March 2016 one:\nboth were partial. | not a table, `code` stays code',
    )
    expect(first.tags).toEqual(['russia', 'syria withdrawal'])
    expect(second.note).toBe('=SUM(A1:A2) is not a formula here')
    expect(second.tags).toEqual([])
    expect(third.note).toBe('')
    expect(fourth.tags).toEqual(['bases'])
    expect(fifth.note).toBe('The thesis, in one line.')
  })

  it('puts each highlight on its document: the URL and full title of its Metadata', () => {
    expect(batch.sources).toEqual([CBC.source, PORTS.source])
    expect(batch.annotations.map((a) => batch.documents.get(a.id))).toEqual([
      CBC,
      CBC,
      CBC,
      CBC,
      PORTS,
    ])
  })

  it('makes each highlight yellow, new, now, and without position', () => {
    for (const a of batch.annotations) {
      expect(a).toMatchObject({
        color: 'yellow',
        createdAt: NOW.getTime(),
        updatedAt: NOW.getTime(),
      })
      expect(a.target.position).toBeNull()
      expect(a.target.quote.prefix + a.target.quote.suffix).toBe('')
    }
    expect(new Set(batch.annotations.map((a) => a.id)).size).toBe(5)
  })

  it('reads CRLF files, a book’s Location links and a Page location', () => {
    const text = [
      '# A Book',
      '## Highlights',
      '- First passage. ([Location 12](https://readwise.io/to_kindle?action=open&asin=X&location=12))',
      '- Second passage. (Page 3)',
      '- A passage that mentions (View Highlight) itself',
    ].join('\r\n')
    expect(isReadwiseMarkdown(text)).toBe(false)
    const withMetadata = text.replace(
      '## Highlights',
      '## Metadata\r\n- Full Title: A Book, in full\r\n\r\n## Highlights',
    )
    const read = accepted(withMetadata)
    expect(read.annotations.map((a) => a.target.quote.exact)).toEqual([
      'First passage.',
      'Second passage.',
      'A passage that mentions (View Highlight) itself',
    ])
    expect(read.documents.get(read.annotations[0].id)).toEqual({
      source: '',
      title: 'A Book, in full',
    })
  })

  it('is told apart from Gloss’s own Markdown and from other notes', () => {
    expect(isReadwiseMarkdown(SAMPLE)).toBe(true)
    expect(isReadwiseMarkdown('# My notes\n\n## Highlights\n- something I liked\n')).toBe(false)
  })
})

describe('damaged Readwise Markdown files, each refused with a clear message', () => {
  const cases: [string, string, ImportRefusalReason, string][] = [
    [
      'a highlight with only its link',
      SAMPLE.replace(/^- "You have shown[^\n]*?(\(\[View Highlight\])/m, '- $1'),
      'invalid-annotation',
      'Highlight 2 on “Putin Orders Russian Troops Out of Syria” has no highlighted text.',
    ],
    [
      'no highlights under the heading',
      '# A page\n\n## Metadata\n- URL: https://example.org/\n\n## Highlights\n\nNothing here.\n',
      'no-annotations',
      'The file holds no highlights to import.',
    ],
    [
      'a note over the limit',
      SAMPLE.replace('The thesis, in one line.', 'x'.repeat(100_001)),
      'invalid-annotation',
      'Highlight 1 on “Why Ports Matter: Tartous and the Eastern Mediterranean” has a note longer than 100,000 characters.',
    ],
    [
      'too many tags',
      SAMPLE.replace('[[bases]]', Array.from({ length: 101 }, (_, i) => `[[t${i}]]`).join(' ')),
      'invalid-annotation',
      'Highlight 4 on “Putin Orders Russian Troops Out of Syria” has more than 100 tags.',
    ],
    [
      'more highlights than Gloss imports at once',
      `# A page\n\n## Metadata\n\n## Highlights\n${'- a passage\n'.repeat(10_001)}`,
      'too-many',
      'The file holds more than 10,000 highlights, the most Gloss imports at once.',
    ],
  ]

  it.each(cases)('%s', (_, text, reason, message) => {
    expect(isReadwiseMarkdown(text)).toBe(true)
    const result = parse(text)
    expect(result.ok === false && result.error).toEqual({ reason, message })
  })

  it('says so when a Markdown file is neither Gloss’s export nor Readwise’s', () => {
    const result = parse('# My notes\n\nNothing Gloss can import.\n')
    expect(result.ok === false && result.error).toEqual({
      reason: 'not-annotations',
      message:
        'The file is Markdown, but not an export Gloss can read highlights from: Gloss reads its own Markdown export and Readwise’s.',
    })
  })
})
