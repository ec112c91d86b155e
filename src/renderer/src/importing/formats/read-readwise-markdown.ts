/**
 * Readwise's Markdown export (Readwise Reader's highlights in it too, as readwise.io's
 * Markdown export and its Obsidian export write them with the default templates), to import
 * candidates. One file may hold one document or several, each as:
 *
 * ```md
 * # Title
 * ## Metadata
 * - Author: [[Author]]
 * - Full Title: The full title
 * - URL: https://example.org/page
 * ## Highlights            (or "## New highlights added May 1, 2024 at 10:00 AM")
 * - The quote, maybe over several lines ([View Highlight](https://read.readwise.io/read/…))
 *     - Tags: [[tag]] [[another]]
 *     - Note: the note
 * ```
 *
 * Read from markdown-it's tokens: a highlight is an item of a list under a Highlights heading;
 * its quote is what the item's paragraphs show, without the trailing location link
 * (`([View Highlight](…))`, `([Location 12](…))`, `(Page 3)`), which is Readwise's, not the
 * page's; its `Note:` and `Tags:` sub-items are its note (as written) and tags (`[[tag]]` or
 * `#tag`). The document is the URL and full title (else the `#` title) of its Metadata. The
 * export says nothing of colour, time or position: highlights are yellow, made now, and found
 * by their quote.
 */
import type { Token } from 'markdown-it'
import { err, ok, type Result } from '@shared/result'
import { webAddress } from '@renderer/adding/files/web-address'
import { MAX_IMPORT_ANNOTATIONS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS, formatCount } from './limits'
import {
  blockEnd,
  childBlocks,
  inlineText,
  readMarkdownSource,
  topLevelBlocks,
} from './markdown-source'
import { checkTags } from './read-body'
import type {
  ImportBatch,
  ImportCandidate,
  ImportDocument,
  ImportOptions,
  ImportRefusal,
} from './types'

const HIGHLIGHTS_HEADING = /^(?:Highlights|New highlights added\b.*)$/i
/** A trailing location, in parentheses: a link (`View Highlight`, `Location 12`) or `Page 3`. */
const LOCATION_LABEL = /^(?:View Highlight|Location \d+|Page \d+)$/i

/**
 * Whether the text is Readwise's Markdown export: a Highlights heading, and a Metadata heading
 * or one of Readwise's highlight links.
 *
 * @param text - the file's text, its byte order mark already dropped
 */
export function isReadwiseMarkdown(text: string): boolean {
  return (
    /^## (?:Highlights|New highlights added)/im.test(text) &&
    (/^## Metadata[ \t]*$/im.test(text) || text.includes('([View Highlight]('))
  )
}

interface ReadwiseHighlight {
  readonly exact: string
  readonly note: string
  readonly tags: readonly string[]
}

interface DocumentDraft {
  title: string
  fullTitle: string
  url: string
  readonly highlights: ReadwiseHighlight[]
}

/** What an item's paragraph shows, without a trailing ` ([View Highlight](…))` link. */
function textWithoutLocation(children: readonly Token[]): string {
  const last = children.length - 1
  const linkOpen = children.findLastIndex((c) => c.type === 'link_open')
  const before = children[linkOpen - 1]
  const isLocation =
    linkOpen >= 1 &&
    children[last]?.type === 'text' &&
    children[last].content.trim() === ')' &&
    children[last - 1]?.type === 'link_close' &&
    LOCATION_LABEL.test(inlineText(children.slice(linkOpen + 1, last - 1))) &&
    before.type === 'text' &&
    (before.content === '(' || before.content.endsWith(' ('))
  if (!isLocation) return inlineText(children)
  return inlineText(children.slice(0, linkOpen - 1)) + before.content.slice(0, -1).trimEnd()
}

/** A paragraph's text without a trailing ` (Page 3)` (no link: plain text). */
function withoutPlainLocation(text: string): string {
  const open = text.lastIndexOf(' (')
  if (open < 0 || !text.endsWith(')')) return text
  return LOCATION_LABEL.test(text.slice(open + 2, -1)) ? text.slice(0, open) : text
}

/** `[[a tag]] [[b]]` or `#a #b` as tags. */
function tagsOf(text: string): string[] {
  const linked = [...text.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1].trim())
  const hashed = [...text.replace(/\[\[[^\]]*\]\]/g, ' ').matchAll(/(?:^|\s)#([^\s#]+)/g)].map(
    (m) => m[1],
  )
  return [...new Set([...linked, ...hashed].filter((tag) => tag !== ''))]
}

/** One list item under Highlights: the quote from its paragraphs, note and tags below. */
function readItem(tokens: readonly Token[], open: number): ReadwiseHighlight {
  const paragraphs: string[] = []
  let note = ''
  let tags: string[] = []
  for (const i of childBlocks(tokens, open)) {
    const token = tokens[i]
    if (token.type === 'paragraph_open') {
      paragraphs.push(textWithoutLocation(tokens[i + 1].children ?? []))
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      for (const j of childBlocks(tokens, i)) {
        const content = tokens
          .slice(j, blockEnd(tokens, j))
          .filter((t) => t.type === 'inline' && t.level === tokens[j].level + 2)
          .map((t) => t.content)
          .join('\n\n')
        if (/^Note:\s/i.test(content)) note = content.replace(/^Note:\s*/i, '').trimEnd()
        else if (/^Tags:\s/i.test(content)) tags = tagsOf(content.slice(5))
      }
    }
  }
  const last = paragraphs.length - 1
  if (last >= 0) paragraphs[last] = withoutPlainLocation(paragraphs[last]).trimEnd()
  return { exact: paragraphs.join('\n\n').trim(), note, tags }
}

/** `- Author: …`, `- Full Title: …`, `- URL: …` items into the document. */
function readMetadata(tokens: readonly Token[], open: number, into: DocumentDraft): void {
  for (const i of childBlocks(tokens, open)) {
    const inline = tokens.slice(i, blockEnd(tokens, i)).find((t) => t.type === 'inline')
    const text = inline ? inlineText(inline.children) : ''
    const colon = text.indexOf(':')
    const key = text.slice(0, colon).trim().toLowerCase()
    const value = text.slice(colon + 1).trim()
    if (key === 'full title') into.fullTitle = value
    else if (key === 'url') into.url = value
  }
}

/** Every document of the file, in order, with its highlights. */
function readDocuments(tokens: readonly Token[]): DocumentDraft[] {
  const documents: DocumentDraft[] = []
  const draft = (): DocumentDraft => {
    if (documents.length === 0) {
      documents.push({ title: '', fullTitle: '', url: '', highlights: [] })
    }
    return documents[documents.length - 1]
  }
  let section: 'metadata' | 'highlights' | null = null
  for (const at of topLevelBlocks(tokens)) {
    const token = tokens[at]
    if (token.type === 'heading_open') {
      const heading = tokens[at + 1].content.trim()
      if (token.tag === 'h1') {
        documents.push({ title: heading, fullTitle: '', url: '', highlights: [] })
        section = null
      } else if (token.tag === 'h2') {
        section = /^Metadata$/i.test(heading)
          ? 'metadata'
          : HIGHLIGHTS_HEADING.test(heading)
            ? 'highlights'
            : null
      }
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      if (section === 'metadata') readMetadata(tokens, at, draft())
      if (section !== 'highlights') continue
      for (const i of childBlocks(tokens, at)) draft().highlights.push(readItem(tokens, i))
    }
  }
  return documents
}

function checkHighlight(highlight: ReadwiseHighlight): Result<readonly string[], string> {
  if (highlight.exact === '') return err('has no highlighted text')
  if (highlight.exact.length > MAX_QUOTE_CHARS) {
    return err(`has a highlight longer than ${formatCount(MAX_QUOTE_CHARS)} characters`)
  }
  if (highlight.note.length > MAX_NOTE_CHARS) {
    return err(`has a note longer than ${formatCount(MAX_NOTE_CHARS)} characters`)
  }
  return checkTags(highlight.tags)
}

function refuse(reason: ImportRefusal['reason'], message: string) {
  return err({ reason, message })
}

/**
 * @param text - the file's text, its byte order mark dropped; `isReadwiseMarkdown` holds
 * @param options - id maker and clock, for tests
 * @returns every highlight as a candidate, in file order, with the document it is on; or why
 *   the file was refused
 */
export function readReadwiseMarkdown(
  text: string,
  options: ImportOptions = {},
): Result<ImportBatch, ImportRefusal> {
  const source = readMarkdownSource(text)
  if (!source.ok) {
    return refuse(
      'bad-front-matter',
      `The file looks like a Readwise Markdown export, but ${source.error}.`,
    )
  }
  const documents = readDocuments(source.value.tokens)
  const count = documents.reduce((n, d) => n + d.highlights.length, 0)
  if (count === 0) return refuse('no-annotations', 'The file holds no highlights to import.')
  if (count > MAX_IMPORT_ANNOTATIONS) {
    return refuse(
      'too-many',
      `The file holds more than ${formatCount(MAX_IMPORT_ANNOTATIONS)} highlights, the most Gloss imports at once.`,
    )
  }
  const newId = options.newId ?? (() => crypto.randomUUID())
  const now = (options.now ?? new Date()).getTime()
  const annotations: ImportCandidate[] = []
  const byId = new Map<string, ImportDocument>()
  const sources = new Set<string>()
  for (const draft of documents) {
    const document: ImportDocument = {
      source: webAddress(draft.url) ?? '',
      title: draft.fullTitle || draft.title,
    }
    if (document.source !== '') sources.add(document.source)
    for (const [i, highlight] of draft.highlights.entries()) {
      const tags = checkHighlight(highlight)
      if (!tags.ok) {
        const on = document.title === '' ? '' : ` on “${document.title}”`
        return refuse('invalid-annotation', `Highlight ${formatCount(i + 1)}${on} ${tags.error}.`)
      }
      const candidate: ImportCandidate = {
        id: newId(),
        color: 'yellow',
        note: highlight.note,
        tags: tags.value,
        createdAt: now,
        updatedAt: now,
        target: { quote: { exact: highlight.exact, prefix: '', suffix: '' }, position: null },
      }
      annotations.push(candidate)
      byId.set(candidate.id, document)
    }
  }
  return ok({ annotations, pageNotes: [], sources: [...sources], documents: byId })
}
