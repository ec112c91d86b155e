/**
 * The YAML front matter of the Markdown export: what a notes app shows as the note's
 * properties (Obsidian's Properties, Logseq's page properties). The article's title, author,
 * site, address, when it was added and its tags, from the library (keys left out when the
 * library does not know them); then what Gloss needs to read the file back: the article's
 * source, the version quoted when it is not the current text, its id in Gloss, when the file was exported, and how many highlights and notes it
 * holds. Every string is a double-quoted scalar (`yamlString`), so no value can change type or
 * break the block.
 */
import { isoTimeOrNull } from '@shared/stored-time'
import { exportCounts } from './content'
import { yamlString } from './escape'
import type { ExportInput } from './types'

/** The front matter key holding the article's id in Gloss (read back by the import). */
export const ARTICLE_ID_KEY = 'gloss-article'

/**
 * @param input - what to export
 * @returns the front matter's lines, `---` to `---`
 */
export function frontMatterLines(input: ExportInput): string[] {
  const { article } = input
  const library = article.library
  const counts = exportCounts(input)
  const lines = ['---', `title: ${yamlString(article.title.replace(/\s+/g, ' ').trim())}`]
  if (library) {
    if (library.byline.trim() !== '') lines.push(`author: ${yamlString(library.byline)}`)
    if (library.siteName.trim() !== '') lines.push(`site: ${yamlString(library.siteName)}`)
    if (library.url.trim() !== '') lines.push(`url: ${yamlString(library.url)}`)
    // The bundled sample counts as added at 0, before anything: it has no date to show.
    const added = library.addedAt > 0 ? isoTimeOrNull(library.addedAt) : null
    if (added !== null) lines.push(`added: ${added}`)
    if (library.tags.length > 0) lines.push(`tags: [${library.tags.map(yamlString).join(', ')}]`)
  }
  lines.push(
    `source: ${yamlString(article.source)}`,
    // A previous version of the article (exported from its read-only view) says which.
    ...(article.version ? [`version: ${yamlString(article.version)}`] : []),
    `${ARTICLE_ID_KEY}: ${yamlString(article.id)}`,
    `exported: ${input.exportedAt.toISOString()}`,
    `highlights: ${counts.highlights}`,
    `notes: ${counts.notes}`,
    '---',
  )
  return lines
}
