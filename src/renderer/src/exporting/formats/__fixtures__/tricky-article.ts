/**
 * Test data for the export formatters: a small article whose text is full of what breaks
 * exporters (Markdown and HTML syntax, `</script>`, quotes, RTL scripts and U+202E, emoji ZWJ
 * sequences, spreadsheet formulas), and six annotations on it, given out of reading order.
 * Quotes are real slices of the article, so sections and positions are the ones a user gets.
 */
import { quoteSelectorAt, type Annotation, type HighlightColor } from '@shared/annotation'
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import { readingOrder } from '../reading-order'
import type { ExportInput, ExportLibraryDetails } from '../types'

export const FAMILY = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'
export const FLAG = '\u{1F1FA}\u{1F1E6}'
export const RLO = '\u202E'
export const PDF = '\u202C'

const TEXT = [
  'Notes on *bold* claims & <script>alert("title")</script>',
  'A standfirst with a | pipe, a "quoted" word and a #hashtag.',
  `A caption with emoji ${FAMILY} and a flag ${FLAG}. (Jane Doe/Agency)`,
  'The first paragraph says *not emphasis*, _nor this_, and # not a heading.',
  '- not a list item; 1. not an ordered one; and </script><script>alert(1)</script> stays text.',
  'Voices in other scripts',
  `العربية: مرحبا بالعالم. Hebrew: שלום עולם. A trick: ${RLO}evil${PDF} override.`,
  '=SUM(A1:A2) and +1 and @home and -minus lead this paragraph.',
].join('\n\n')

function parsed(): Article {
  const result = parseArticle(TEXT, { id: 'tricky/1', source: 'Test "source": a # b' })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

export const TRICKY_ARTICLE = parsed()

const BASE_TIME = Date.UTC(2024, 4, 1, 9, 0, 0)

interface Fields {
  readonly n: number
  readonly color: HighlightColor
  readonly note?: string
  readonly tags?: readonly string[]
}

/** An annotation on the first occurrence of `exact` in the tricky article. */
function on(exact: string, { n, color, note = '', tags = [] }: Fields): Annotation {
  const start = TRICKY_ARTICLE.text.indexOf(exact)
  if (start < 0) throw new Error(`Not in the article: ${exact}`)
  const end = start + exact.length
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    articleId: TRICKY_ARTICLE.id,
    color,
    note,
    tags,
    createdAt: BASE_TIME + n * 60_000,
    updatedAt: BASE_TIME + n * 60_000 + 1_234,
    target: { quote: quoteSelectorAt(TRICKY_ARTICLE.text, start, end), position: { start, end } },
  }
}

/** Six annotations, deliberately out of reading order. */
export const TRICKY_ANNOTATIONS: readonly Annotation[] = [
  on('=SUM(A1:A2) and +1 and @home', {
    n: 6,
    color: 'yellow',
    note: '=HYPERLINK("http://evil.example","click")',
    tags: ['@home', '-minus'],
  }),
  on('*not emphasis*, _nor this_, and # not a heading.', {
    n: 3,
    color: 'yellow',
    note: 'A **bold** note.\nSecond line with `code`.',
    tags: ['markdown', 'two words'],
  }),
  on('a | pipe, a "quoted" word and a #hashtag', { n: 1, color: 'pink' }),
  on(`مرحبا بالعالم. Hebrew: שלום עולם. A trick: ${RLO}evil${PDF} override.`, {
    n: 5,
    color: 'purple',
    note: `הערה בעברית ${RLO}evil`,
    tags: ['עברית'],
  }),
  on(`emoji ${FAMILY} and a flag ${FLAG}`, {
    n: 2,
    color: 'blue',
    note: `Family emoji ${FAMILY} stays whole.`,
    tags: ['emoji \u{1F600}'],
  }),
  on('</script><script>alert(1)</script> stays text.\n\nVoices', {
    n: 4,
    color: 'green',
    note: '<img src=x onerror=alert(1)>',
  }),
]

export const EXPORTED_AT = new Date(Date.UTC(2024, 4, 1, 10, 0, 0))

/** The export of the tricky article with both options on, and an article note. */
export function trickyInput(options = { includeNotes: true, includeTags: true }): ExportInput {
  return {
    article: TRICKY_ARTICLE,
    annotations: readingOrder(TRICKY_ARTICLE, TRICKY_ANNOTATIONS),
    articleNote: 'My summary: *worth* reading.',
    exportedAt: EXPORTED_AT,
    options,
  }
}

/** An article id a gloss:// link can name (the tricky article's own, `tricky/1`, cannot). */
export const LINKABLE_ARTICLE_ID = '3f2b8c1e-9d4a-4b6e-8f1a-2c3d4e5f6a7b'

/**
 * The tricky export under a linkable article id, links asked for.
 *
 * @param includeLinks - the option's value
 */
export function linkableInput(includeLinks = true): ExportInput {
  const input = trickyInput()
  return {
    ...input,
    article: { ...input.article, id: LINKABLE_ARTICLE_ID },
    annotations: input.annotations.map((a) => ({ ...a, articleId: LINKABLE_ARTICLE_ID })),
    options: { ...input.options, includeLinks },
  }
}

/** Library details full of what breaks YAML and Markdown, for the front matter and page links. */
export const TRICKY_LIBRARY: ExportLibraryDetails = {
  byline: 'Jane "J." Doe, #1: --- & co',
  siteName: 'The | Site `of` =records',
  url: 'https://example.org/news/a_(b)?id=1&x=y#comments',
  addedAt: Date.UTC(2024, 3, 30, 8, 15, 0),
  tags: ['long read', 'yes', '1e3', '- dash', '#hash', 'a: b'],
}

/**
 * The tricky export of an article the library knows (author, site, address, tags).
 *
 * @param library - the library's details of it
 */
export function libraryInput(library: ExportLibraryDetails = TRICKY_LIBRARY): ExportInput {
  const input = trickyInput()
  return { ...input, article: { ...input.article, library } }
}
