/**
 * Gloss's own Markdown export (`exporting/formats/markdown.ts`), read back, so highlights can
 * make a round trip through a notes app: recognised by its front matter and its block ids
 * (`^gloss-<id>`), read from markdown-it's tokens. A highlight is a top-level block quote
 * followed by its block id; its quote is what the block quote shows (escapes and character
 * references resolved), its id the block id's UUID (so a re-import is "already here"), its
 * colour and creation time from the line after, then its note (the Markdown source up to its
 * `Tags:` line or the next highlight, as the user may have edited it) and its tags; its
 * position from the `offsets` on that line (the flow checks it against the quote). The
 * document is the front matter's `url`, else the Gloss article it was exported from. The
 * article note and the title are not highlights and are not read.
 */
import {
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type TextPositionSelector,
} from '@shared/annotation'
import { err, ok, type Result } from '@shared/result'
import { webAddress } from '@renderer/adding/files/web-address'
import { COLOR_LABELS } from '@renderer/exporting/formats/content'
import { OFFSETS_LABEL, TAGS_LABEL } from '@renderer/exporting/formats/markdown'
import { ARTICLE_ID_KEY } from '@renderer/exporting/formats/markdown-front-matter'
import { articleIri } from '@renderer/exporting/formats/web-annotation'
import { parseIsoDateTime } from './iso-date'
import { MAX_IMPORT_ANNOTATIONS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS, formatCount } from './limits'
import {
  blockEnd,
  inlineText,
  opensFrontMatter,
  paragraphInline,
  readMarkdownSource,
  textProperty,
  topLevelBlocks,
  type MarkdownSource,
} from './markdown-source'
import { checkTags } from './read-body'
import type {
  ImportBatch,
  ImportCandidate,
  ImportDocument,
  ImportOptions,
  ImportRefusal,
} from './types'

const BLOCK_ID = /^\^gloss-([A-Za-z0-9-]+)$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Whether the text is one of Gloss's Markdown exports: front matter first, and the front
 * matter's article key or a block id of Gloss's on a line of its own.
 *
 * @param text - the file's text, its byte order mark already dropped
 */
export function isGlossMarkdown(text: string): boolean {
  if (!opensFrontMatter(text)) return false
  return new RegExp(`^${ARTICLE_ID_KEY}:`, 'm').test(text) || /^\^gloss-/m.test(text)
}

interface Context {
  readonly source: MarkdownSource
  readonly lines: readonly string[]
  readonly newId: () => string
  readonly now: number
}

function blockIdAt(tokens: MarkdownSource['tokens'], at: number | undefined): string | null {
  if (at === undefined) return null
  const inline = paragraphInline(tokens, at)
  return inline ? (BLOCK_ID.exec(inline.content.trim())?.[1] ?? null) : null
}

/** What the block quote at `open` shows: its paragraphs' text, a blank line between them. */
function quoteText(tokens: MarkdownSource['tokens'], open: number): string {
  const parts: string[] = []
  const end = blockEnd(tokens, open) - 1
  for (let i = open + 1; i < end; i++) {
    if (tokens[i].type === 'inline') parts.push(inlineText(tokens[i].children))
  }
  return parts.join('\n\n')
}

function colorFrom(parts: readonly string[]): HighlightColor {
  for (const part of [...parts].reverse()) {
    const color = HIGHLIGHT_COLORS.find((c) => COLOR_LABELS[c].toLowerCase() === part.toLowerCase())
    if (color) return color
  }
  return 'yellow'
}

/** `offsets 12–40` as a position; null for anything else, or an empty or reversed range. */
function offsetsFrom(part: string): TextPositionSelector | null {
  const [label, range, ...more] = part.split(' ')
  if (label !== OFFSETS_LABEL || range === undefined || more.length > 0) return null
  const [start, end] = range.split('–').map((n) => (/^\d{1,15}$/.test(n) ? Number(n) : NaN))
  return start < end ? { start, end } : null
}

/** `Tags: #a #b` as tags; null when the paragraph is anything else. */
function tagsFrom(text: string): string[] | null {
  if (!text.startsWith(`${TAGS_LABEL} `)) return null
  const words = text.slice(TAGS_LABEL.length).trim().split(/\s+/u)
  if (!words.every((word) => word.length > 1 && word.startsWith('#'))) return null
  return [...new Set(words.map((word) => word.slice(1)))]
}

/** One highlight from its blocks: the quote, the block id, the line, then note and tags. */
function readHighlight(
  blocks: readonly number[],
  context: Context,
): Result<{ candidate: ImportCandidate; fileId: string }, string> {
  const { tokens } = context.source
  const [quoteAt, idAt, ...rest] = blocks
  const exact = quoteText(tokens, quoteAt)
  if (exact.trim() === '') return err('has an empty quote')
  if (exact.length > MAX_QUOTE_CHARS) {
    return err(`has a quote longer than ${formatCount(MAX_QUOTE_CHARS)} characters`)
  }
  const fileId = blockIdAt(tokens, idAt) as string
  const line = paragraphInline(tokens, rest[0])
  const lineText = line ? inlineText(line.children, true) : ''
  const parts = lineText.startsWith('Section:') ? lineText.split(' · ').map((p) => p.trim()) : []
  if (parts.length > 0) rest.shift()
  const createdAt = parts.map(parseIsoDateTime).findLast((time) => time !== null) ?? context.now
  const position = parts.map(offsetsFrom).findLast((offsets) => offsets !== null) ?? null
  const last = paragraphInline(tokens, rest[rest.length - 1])
  const tags = last ? tagsFrom(inlineText(last.children)) : null
  if (tags !== null) rest.pop()
  const checked = checkTags(tags ?? [])
  if (!checked.ok) return checked
  const note = noteSource(rest, context)
  if (note.length > MAX_NOTE_CHARS) {
    return err(`has a note longer than ${formatCount(MAX_NOTE_CHARS)} characters`)
  }
  return ok({
    fileId,
    candidate: {
      id: UUID.test(fileId) ? fileId.toLowerCase() : context.newId(),
      color: colorFrom(parts),
      note,
      tags: checked.value,
      createdAt,
      updatedAt: createdAt,
      target: { quote: { exact, prefix: '', suffix: '' }, position },
    },
  })
}

/** The Markdown source of the note's blocks, as written (blank lines at its ends dropped). */
function noteSource(blocks: readonly number[], context: Context): string {
  const { tokens } = context.source
  const first = tokens[blocks[0]]?.map
  const last = tokens[blocks[blocks.length - 1]]?.map
  if (!first || !last) return ''
  return context.lines
    .slice(first[0], last[1])
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
}

function refuse(message: string, reason: ImportRefusal['reason'] = 'invalid-annotation') {
  return err({ reason, message })
}

/**
 * @param text - the file's text, its byte order mark dropped; `isGlossMarkdown` holds
 * @param options - id maker and clock, for tests
 * @returns every highlight as a candidate, in file order, on the document the file names; or
 *   why the file was refused
 */
export function readGlossMarkdown(
  text: string,
  options: ImportOptions = {},
): Result<ImportBatch, ImportRefusal> {
  const read = readMarkdownSource(text)
  if (!read.ok) {
    return refuse(
      `The file looks like a Gloss Markdown export, but ${read.error}.`,
      'bad-front-matter',
    )
  }
  const source = read.value
  const data = source.frontMatter ?? {}
  const url = webAddress(textProperty(data, 'url'))
  const articleId = textProperty(data, ARTICLE_ID_KEY)
  const document: ImportDocument = {
    source: url ?? (articleId === '' ? '' : articleIri(articleId)),
    title: textProperty(data, 'title'),
  }
  const { tokens } = source
  const blocks = topLevelBlocks(tokens)
  const starts: number[] = []
  for (const [i, at] of blocks.entries()) {
    const id = blockIdAt(tokens, at)
    if (id === null) continue
    if (tokens[blocks[i - 1]]?.type !== 'blockquote_open') {
      return refuse(
        `Highlight ${formatCount(starts.length + 1)} (block id ^gloss-${id}) has no quote: the block quote above its block id is missing.`,
      )
    }
    starts.push(i - 1)
  }
  if (starts.length === 0)
    return refuse('The file holds no highlights to import.', 'no-annotations')
  if (starts.length > MAX_IMPORT_ANNOTATIONS) {
    return refuse(
      `The file holds more than ${formatCount(MAX_IMPORT_ANNOTATIONS)} highlights, the most Gloss imports at once.`,
      'too-many',
    )
  }
  const context: Context = {
    source,
    lines: source.body.split('\n'),
    newId: options.newId ?? (() => crypto.randomUUID()),
    now: (options.now ?? new Date()).getTime(),
  }
  const annotations: ImportCandidate[] = []
  const documents = new Map<string, ImportDocument>()
  const numberOfId = new Map<string, number>()
  for (const [k, start] of starts.entries()) {
    const n = k + 1
    const one = readHighlight(blocks.slice(start, starts[k + 1] ?? blocks.length), context)
    const name = `Highlight ${formatCount(n)} of ${formatCount(starts.length)}`
    if (!one.ok) return refuse(`${name} ${one.error}.`)
    const earlier = numberOfId.get(one.value.fileId)
    if (earlier !== undefined) {
      return refuse(
        `Highlights ${formatCount(earlier)} and ${formatCount(n)} share the same block id, so the file cannot say which one is right.`,
        'duplicate-id',
      )
    }
    numberOfId.set(one.value.fileId, n)
    annotations.push(one.value.candidate)
    documents.set(one.value.candidate.id, document)
  }
  const sources = document.source === '' ? [] : [document.source]
  return ok({ annotations, pageNotes: [], sources, documents })
}
