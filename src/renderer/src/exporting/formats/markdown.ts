/**
 * Markdown export, for Obsidian, Logseq and any CommonMark reader, and read back by Gloss's
 * import (`importing/formats/read-gloss-markdown.ts`): YAML front matter, the title, then each
 * highlight in reading order as a blockquote that renders as exactly the quoted text, its block
 * id `^gloss-<id>` on a line of its own (Obsidian's rule for quotes), a line with its section,
 * colour, creation time, offsets in Gloss's text, a text-fragment link to the passage on the original page (when the
 * library has the page's address) and, when asked, an `Open in Gloss` link; then its note as
 * the user wrote it (Markdown) and its tags as `Tags: #tag`.
 */
import { isoTimeOrNull } from '@shared/stored-time'
import {
  COLOR_LABELS,
  shownArticleNote,
  shownLink,
  shownNote,
  shownPageLink,
  shownTags,
} from './content'
import { escapeMarkdownLine, literalMarkdownLines } from './escape'
import { frontMatterLines } from './markdown-front-matter'
import { closeOpenHtmlBlock } from './open-html-block'
import type { ExportAnnotation, ExportInput } from './types'

/** An opening code fence: up to three spaces, then three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * The note with an unclosed code fence closed. An unclosed fence runs to the end of the
 * document in CommonMark, which would swallow every highlight after this one.
 *
 * @param markdown - a note's Markdown
 */
export function closeOpenFence(markdown: string): string {
  let open: string | null = null
  for (const line of markdown.split(/\r\n?|\n/)) {
    const fence = FENCE.exec(line)?.[1]
    if (!fence) continue
    if (open === null) open = fence
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) {
      open = null
    }
  }
  return open === null ? markdown : `${markdown}\n${open}`
}

/**
 * Characters that would end or break a tag. Variation selectors are marks (`\p{M}`); the
 * zero-width joiner that glues emoji sequences is allowed by the lookahead.
 */
const TAG_BREAKER =
  /(?:(?!\u200d)[^\p{L}\p{N}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}_/-])+/gu

/**
 * A tag Obsidian and Logseq read as one tag: letters, digits, marks, emoji, `_`, `-` and `/`
 * kept; spaces and other punctuation become single hyphens. Empty when nothing is left.
 *
 * @param tag - the tag as the user typed it
 */
export function markdownTag(tag: string): string {
  return tag.replace(TAG_BREAKER, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '')
}

/** What names a highlight's offsets on its line: `offsets 1484–1514`. */
export const OFFSETS_LABEL = 'offsets'

/** What starts the line of a highlight's tags. */
export const TAGS_LABEL = 'Tags:'

/** The block id Obsidian links to (`[[note#^gloss-<id>]]`): letters, digits and `-` only. */
export function blockId(annotationId: string): string | null {
  return /^[A-Za-z0-9-]+$/.test(annotationId) ? `^gloss-${annotationId}` : null
}

/**
 * A link destination in angle brackets, which may hold parentheses (a Wikipedia address, a
 * text directive); the characters it may not hold, and backslashes (which would escape), are
 * percent-encoded.
 */
function linkDestination(url: string): string {
  return `<${url.replace(/[\\<>\s]/g, (c) => encodeURIComponent(c))}>`
}

/** `Section: … · Yellow · <created> · offsets 12–40 · [Original page](…) · [Open in Gloss](…)` */
function metaLine(annotation: ExportAnnotation, input: ExportInput): string {
  const parts = [
    `Section: ${escapeMarkdownLine(annotation.section)}`,
    COLOR_LABELS[annotation.color],
  ]
  const created = isoTimeOrNull(annotation.createdAt)
  if (created !== null) parts.push(created)
  // Where in Gloss's text (UTF-16 code units): the import anchors there first, so a passage
  // that occurs twice (the seed's pull quote) comes back on the right occurrence.
  const { start, end } = annotation.target.position
  parts.push(`${OFFSETS_LABEL} ${start}–${end}`)
  const page = shownPageLink(annotation, input)
  if (page !== null) parts.push(`[Original page](${linkDestination(page)})`)
  const gloss = shownLink(annotation, input.options)
  // Made of checked ids only: nothing in it needs escaping in a link destination.
  if (gloss !== null) parts.push(`[Open in Gloss](${gloss})`)
  return parts.join(' · ')
}

function highlightLines(annotation: ExportAnnotation, input: ExportInput): string[] {
  const lines = literalMarkdownLines(annotation.target.quote.exact).map((line) =>
    line === '' ? '>' : `> ${line}`,
  )
  // On a line of its own after the quote, so the whole quote is the block it names.
  const id = blockId(annotation.id)
  if (id !== null) lines.push('', id)
  lines.push('', metaLine(annotation, input))
  const note = shownNote(annotation, input.options)
  if (note !== '') lines.push('', closeOpenHtmlBlock(closeOpenFence(note)))
  const tags = shownTags(annotation, input.options)
    .map(markdownTag)
    .filter((tag) => tag !== '')
  if (tags.length > 0) lines.push('', `${TAGS_LABEL} ${tags.map((tag) => `#${tag}`).join(' ')}`)
  return lines
}

/**
 * @param input - what to export
 * @returns the Markdown file's text, `\n` line ends, ending in a newline
 */
export function formatMarkdown(input: ExportInput): string {
  const title = input.article.title.replace(/\s+/g, ' ').trim()
  const lines = [...frontMatterLines(input), '', `# ${escapeMarkdownLine(title)}`]
  const articleNote = shownArticleNote(input)
  if (articleNote !== '') lines.push('', closeOpenHtmlBlock(closeOpenFence(articleNote)))
  for (const annotation of input.annotations) lines.push('', ...highlightLines(annotation, input))
  return `${lines.join('\n')}\n`
}
