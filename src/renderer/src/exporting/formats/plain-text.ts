/**
 * Plain-text export: readable in any editor, in an e-mail, on a terminal. The title and counts,
 * the article note, then each highlight numbered with its section, its quote marked `> ` line by
 * line as in e-mail, its note and its tags, all indented under the number.
 */
import {
  countsSentence,
  exportCounts,
  readableTime,
  shownArticleNote,
  shownNote,
  shownTags,
} from './content'
import type { ExportAnnotation, ExportInput } from './types'

const INDENT = '   '

function lines(text: string): string[] {
  return text.split(/\r\n?|\n/)
}

function highlightLines(annotation: ExportAnnotation, index: number, input: ExportInput): string[] {
  const out = [`${index + 1}. ${annotation.section}`, '']
  for (const line of lines(annotation.target.quote.exact)) out.push(`${INDENT}> ${line}`.trimEnd())
  const note = shownNote(annotation, input.options)
  if (note !== '') out.push('', ...lines(note).map((line) => `${INDENT}${line}`.trimEnd()))
  const tags = shownTags(annotation, input.options)
  if (tags.length > 0) out.push('', `${INDENT}Tags: ${tags.join(', ')}`)
  return out
}

/**
 * @param input - what to export
 * @returns the text file's content, `\n` line ends, ending in a newline
 */
export function formatPlainText(input: ExportInput): string {
  const { article } = input
  const out = [article.title.replace(/\s+/g, ' ').trim()]
  if (article.source.trim() !== '') out.push(`Source: ${article.source}`)
  if (article.version) out.push(`${article.version} (the text before an update)`)
  out.push(`Exported ${readableTime(input.exportedAt)} · ${countsSentence(exportCounts(input))}`)
  const articleNote = shownArticleNote(input)
  if (articleNote !== '') out.push('', 'Article note:', ...lines(articleNote))
  input.annotations.forEach((annotation, index) => {
    out.push('', ...highlightLines(annotation, index, input))
  })
  return `${out.join('\n')}\n`
}
