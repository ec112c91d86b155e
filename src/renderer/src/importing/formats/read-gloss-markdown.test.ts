/**
 * Gloss's Markdown export read back: a round trip gives every highlight back (quote, note,
 * tags as the notes app writes them, colour, id, creation time), an export edited in a notes
 * app is read as edited, and damaged files are refused with one clear sentence.
 */
import { describe, expect, it } from 'vitest'
import {
  TRICKY_LIBRARY,
  libraryInput,
  trickyInput,
} from '../../exporting/formats/__fixtures__/tricky-article'
import { shownTags } from '../../exporting/formats/content'
import { formatMarkdown, markdownTag } from '../../exporting/formats/markdown'
import type { ExportAnnotation, ExportInput } from '../../exporting/formats/types'
import { MAX_IMPORT_ANNOTATIONS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS } from './limits'
import { parseAnnotationFile } from './parse-annotation-file'
import { isGlossMarkdown, readGlossMarkdown } from './read-gloss-markdown'
import type { ImportCandidate, ImportRefusalReason } from './types'

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5))
const NEW_ID = '10000000-0000-4000-8000-000000000001'
const parse = (text: string) => parseAnnotationFile(text, { newId: () => NEW_ID, now: NOW })

function accepted(text: string) {
  const result = parse(text)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** What the import must give back for an exported highlight. */
function expected(a: ExportAnnotation, input: ExportInput): ImportCandidate {
  return {
    id: a.id,
    color: a.color,
    note: a.note,
    tags: shownTags(a, input.options)
      .map(markdownTag)
      .filter((tag) => tag !== ''),
    createdAt: a.createdAt,
    updatedAt: a.createdAt,
    target: {
      quote: { exact: a.target.quote.exact, prefix: '', suffix: '' },
      position: a.target.position,
    },
  }
}

/** Notes full of what breaks Markdown, on the tricky article's highlights. */
function hostileInput(): ExportInput {
  const notes = [
    'He said "no", then, \'yes\' | a | b',
    '=SUM(A1:A2)\n+1\n-2\n@home',
    '---\nnot front matter\n---',
    'Setext?\n---\n\n# heading #tag\n\n> quoted\n\n^not-a-block-id',
    'Use `code` and ``two `ticks` ``\n\n```\nfenced\n```',
    'See ^gloss-00000000-0000-4000-8000-000000000001 and Tags: #not-tags here',
  ]
  const input = libraryInput()
  return {
    ...input,
    annotations: input.annotations.map((a, i) => ({ ...a, note: notes[i] })),
  }
}

describe('a Gloss Markdown export, read back', () => {
  it('gives back every highlight of the tricky article, in reading order', () => {
    const input = libraryInput()
    const batch = accepted(formatMarkdown(input))
    expect(batch.annotations).toEqual(input.annotations.map((a) => expected(a, input)))
    expect(batch.pageNotes).toEqual([])
  })

  it('keeps notes full of Markdown syntax exactly as written', () => {
    const input = hostileInput()
    const batch = accepted(formatMarkdown(input))
    expect(batch.annotations.map((a) => a.note)).toEqual(input.annotations.map((a) => a.note))
    expect(batch.annotations).toEqual(input.annotations.map((a) => expected(a, input)))
  })

  it('names the original page as the document, else the Gloss article it came from', () => {
    const withUrl = accepted(formatMarkdown(libraryInput()))
    const document = { source: TRICKY_LIBRARY.url, title: trickyInput().article.title }
    expect(withUrl.sources).toEqual([TRICKY_LIBRARY.url])
    expect([...withUrl.documents.values()]).toEqual(Array(6).fill(document))
    const withoutUrl = accepted(formatMarkdown(trickyInput()))
    expect(withoutUrl.sources).toEqual(['urn:gloss:article:tricky%2F1'])
    expect(withoutUrl.documents.get(withoutUrl.annotations[0].id)?.source).toBe(
      'urn:gloss:article:tricky%2F1',
    )
  })

  it('reads the export with links, without notes and tags, or with CRLF line ends', () => {
    const input = trickyInput({ includeNotes: false, includeTags: false })
    const bare = accepted(formatMarkdown(input).replace(/\n/g, '\r\n'))
    expect(bare.annotations).toEqual(
      input.annotations.map((a) => ({ ...expected(a, input), note: '' })),
    )
    const linked = libraryInput()
    const withLinks = { ...linked, options: { ...linked.options, includeLinks: true } }
    expect(accepted(formatMarkdown(withLinks)).annotations).toHaveLength(6)
  })

  it('reads what a notes app changed: properties rewritten, a note edited, a tag added', () => {
    const input = libraryInput()
    const edited = formatMarkdown(input)
      .replace(/^tags: \[.*\]$/m, 'tags:\n  - long read\n  - yes')
      .replace('A **bold** note.', 'A **bold** note, edited in Obsidian.')
      .replace('Tags: #markdown #two-words', 'Tags: #markdown #two-words #added')
    const batch = accepted(edited)
    const second = batch.annotations.find((a) => a.id.endsWith('-000000000003'))!
    expect(batch.annotations).toHaveLength(6)
    expect(second.note).toBe('A **bold** note, edited in Obsidian.\nSecond line with `code`.')
    expect(second.tags).toEqual(['markdown', 'two-words', 'added'])
  })

  it('is told apart by its content, not its name', () => {
    expect(isGlossMarkdown(formatMarkdown(trickyInput()))).toBe(true)
    expect(isGlossMarkdown('---\ntitle: x\n---\n\n# Notes\n\n> a quote\n')).toBe(false)
    expect(isGlossMarkdown('# Title\n\n^gloss-1\n')).toBe(false)
  })

  it('gives a highlight whose block id is not a UUID a new id', () => {
    const text = formatMarkdown(trickyInput()).replace(
      '^gloss-00000000-0000-4000-8000-000000000001',
      '^gloss-my-own-id',
    )
    expect(accepted(text).annotations[0].id).toBe(NEW_ID)
  })
})

describe('damaged Gloss Markdown files, each refused with a clear message', () => {
  const good = formatMarkdown(trickyInput())
  const long = (n: number) => 'x'.repeat(n)
  const cases: [string, string, ImportRefusalReason, string][] = [
    [
      'front matter never closed',
      good.replace('notes: 5\n---\n', 'notes: 5\n'),
      'bad-front-matter',
      'The file looks like a Gloss Markdown export, but its front matter (the block between --- lines at the top) is never closed.',
    ],
    [
      'front matter that is not YAML',
      good.replace('highlights: 6', 'highlights: [6'),
      'bad-front-matter',
      'The file looks like a Gloss Markdown export, but its front matter is not valid YAML',
    ],
    [
      'front matter that is a list',
      good.replace(/^---\n[\s\S]*?\n---\n/, '---\n- gloss-article\n---\n'),
      'bad-front-matter',
      'The file looks like a Gloss Markdown export, but its front matter is not a set of “key: value” properties.',
    ],
    [
      'a highlight without its quote',
      good.replace('> a \\| pipe, a "quoted" word and a \\#hashtag\n', ''),
      'invalid-annotation',
      'Highlight 1 (block id ^gloss-00000000-0000-4000-8000-000000000001) has no quote: the block quote above its block id is missing.',
    ],
    [
      'an empty quote',
      good.replace('> a \\| pipe, a "quoted" word and a \\#hashtag\n', '>\n'),
      'invalid-annotation',
      'Highlight 1 of 6 has an empty quote.',
    ],
    [
      'two highlights under one block id',
      good.replaceAll('-000000000002', '-000000000001'),
      'duplicate-id',
      'Highlights 1 and 2 share the same block id, so the file cannot say which one is right.',
    ],
    [
      'no highlights',
      good.replace(/\n> [\s\S]*$/, '\n').replace(/^\^gloss-.*$/gm, ''),
      'no-annotations',
      'The file holds no highlights to import.',
    ],
    [
      'a note over the limit',
      good.replace('A **bold** note.', long(MAX_NOTE_CHARS + 1)),
      'invalid-annotation',
      'Highlight 3 of 6 has a note longer than 100,000 characters.',
    ],
    [
      'a quote over the limit',
      good.replace('> a \\| pipe', `> ${long(MAX_QUOTE_CHARS + 1)}`),
      'invalid-annotation',
      'Highlight 1 of 6 has a quote longer than 200,000 characters.',
    ],
    [
      'too many tags',
      good.replace(
        'Tags: #markdown #two-words',
        `Tags: ${Array.from({ length: 101 }, (_, i) => `#t${i}`).join(' ')}`,
      ),
      'invalid-annotation',
      'Highlight 3 of 6 has more than 100 tags.',
    ],
  ]

  it.each(cases)('%s', (_, text, reason, message) => {
    expect(isGlossMarkdown(text)).toBe(true)
    const result = parse(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.reason).toBe(reason)
    expect(result.error.message.startsWith(message)).toBe(true)
  })

  it('refuses more highlights than Gloss imports at once', () => {
    const one = '> a quote\n\n^gloss-x\n\n'
    const text = `---\ngloss-article: "a"\n---\n\n${one.repeat(MAX_IMPORT_ANNOTATIONS + 1)}`
    const result = readGlossMarkdown(text)
    expect(result.ok === false && result.error).toEqual({
      reason: 'too-many',
      message: 'The file holds more than 10,000 highlights, the most Gloss imports at once.',
    })
  })
})
