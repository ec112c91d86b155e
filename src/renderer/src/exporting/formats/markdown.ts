/**
 * Markdown export, for Obsidian, Logseq and any CommonMark reader: YAML front matter, the title,
 * then each highlight in reading order as a blockquote that renders as exactly the quoted text,
 * its section (and, when asked, an `Open in Gloss` link to it), its note as the user wrote it
 * (Markdown) and its tags as `#tag`.
 */
import { exportCounts, shownArticleNote, shownLink, shownNote, shownTags } from './content'
import { escapeMarkdownLine, literalMarkdownLines, yamlString } from './escape'
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

function highlightLines(annotation: ExportAnnotation, input: ExportInput): string[] {
  const lines = literalMarkdownLines(annotation.target.quote.exact).map((line) =>
    line === '' ? '>' : `> ${line}`,
  )
  const link = shownLink(annotation, input.options)
  // The link is made of checked ids only: nothing in it needs escaping in a link destination.
  const opener = link === null ? '' : ` · [Open in Gloss](${link})`
  lines.push('', `Section: ${escapeMarkdownLine(annotation.section)}${opener}`)
  const note = shownNote(annotation, input.options)
  if (note !== '') lines.push('', closeOpenFence(note))
  const tags = shownTags(annotation, input.options)
    .map(markdownTag)
    .filter((tag) => tag !== '')
  if (tags.length > 0) lines.push('', tags.map((tag) => `#${tag}`).join(' '))
  return lines
}

/**
 * @param input - what to export
 * @returns the Markdown file's text, `\n` line ends, ending in a newline
 */
export function formatMarkdown(input: ExportInput): string {
  const counts = exportCounts(input)
  const title = input.article.title.replace(/\s+/g, ' ').trim()
  const lines = [
    '---',
    `title: ${yamlString(title)}`,
    `source: ${yamlString(input.article.source)}`,
    ...(input.article.version ? [`version: ${yamlString(input.article.version)}`] : []),
    `exported: ${input.exportedAt.toISOString()}`,
    `highlights: ${counts.highlights}`,
    `notes: ${counts.notes}`,
    '---',
    '',
    `# ${escapeMarkdownLine(title)}`,
  ]
  const articleNote = shownArticleNote(input)
  if (articleNote !== '') lines.push('', closeOpenFence(articleNote))
  for (const annotation of input.annotations) lines.push('', ...highlightLines(annotation, input))
  return `${lines.join('\n')}\n`
}
