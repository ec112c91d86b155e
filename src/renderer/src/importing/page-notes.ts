/**
 * Page notes and replies from an import file, as text for the article's note: each becomes a
 * short Markdown section that says what it was and when it was written, with its tags, so a
 * Hypothesis page note or a reply is kept where the reader keeps notes on the whole article.
 * A section the note already holds (the same file imported twice) is not added again.
 */
import type { ImportPageNote } from '@renderer/importing/formats/types'

function dateOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

/** One page note as a Markdown section of the article's note. */
export function pageNoteSection(pageNote: ImportPageNote): string {
  const heading = `**${pageNote.reply ? 'Reply' : 'Page note'}**, ${dateOf(pageNote.createdAt)}`
  const tags = pageNote.tags.length > 0 ? [`Tags: ${pageNote.tags.join(', ')}`] : []
  return [heading, pageNote.note.trim(), ...tags].filter((part) => part !== '').join('\n\n')
}

/**
 * The sections to add: one per page note with any text or tags, in file order, leaving out
 * those the note holds already and repeats within the file.
 *
 * @param pageNotes - the file's page notes and replies
 * @param existing - the article's note as it is
 */
export function newPageNoteSections(
  pageNotes: readonly ImportPageNote[],
  existing: string,
): string[] {
  const sections = pageNotes
    .filter((pageNote) => pageNote.note.trim() !== '' || pageNote.tags.length > 0)
    .map(pageNoteSection)
  return [...new Set(sections)].filter((section) => !existing.includes(section))
}

/**
 * The article's note with the sections after it, a blank line between each.
 *
 * @param existing - the note as it is (empty when there is none)
 * @param sections - from `newPageNoteSections`
 */
export function noteWithSections(existing: string, sections: readonly string[]): string {
  return [existing.trimEnd(), ...sections].filter((part) => part !== '').join('\n\n')
}
