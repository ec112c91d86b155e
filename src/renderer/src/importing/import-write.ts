/**
 * A confirmed library-wide plan → what to write (`db/import-annotations.ts`, `writeImport`):
 * every article's new highlights (with or without those whose passage was not found, as the
 * reader chose), each article's note with its new page-note sections, and the rows that wait
 * for pages the library does not have. A waiting page note's id is made from its page and its
 * text, so importing the same file twice keeps one of each.
 */
import type { PendingImportRecord } from '@renderer/db/database'
import type { ImportWrite, ImportedNote } from '@renderer/db/import-annotations'
import type { LibraryImportPlan, WaitingDocument } from './library-plan'
import { noteWithSections, pageNoteSection } from './page-notes'

function noteChange(articleId: string, sections: readonly string[]): ImportedNote {
  return {
    articleId,
    // Never a section the note holds already (a redo after an undo that left a note typed on
    // since).
    change: (stored) =>
      noteWithSections(
        stored,
        sections.filter((section) => !stored.includes(section)),
      ),
  }
}

/**
 * The rows a document's waiting highlights and page notes become.
 *
 * @param waiting - the document and its highlights that wait
 * @param importedAt - now, in milliseconds since the epoch
 */
export function waitingRows(waiting: WaitingDocument, importedAt: number): PendingImportRecord[] {
  const { group } = waiting
  const document = {
    source: group.document.source,
    normalizedUrl: group.normalizedUrl,
    title: group.document.title,
    titleKey: group.titleKey,
  }
  const highlights = waiting.highlights.map((candidate): PendingImportRecord => ({
    id: candidate.id,
    document,
    importedAt,
    item: { kind: 'highlight', candidate },
  }))
  const pageNotes = group.pageNotes.map((pageNote): PendingImportRecord => ({
    id: `page-note:${group.key}\n${pageNoteSection(pageNote)}`,
    document,
    importedAt,
    item: {
      kind: 'page-note',
      pageNote: {
        note: pageNote.note,
        tags: pageNote.tags,
        createdAt: pageNote.createdAt,
        reply: pageNote.reply,
      },
    },
  }))
  return [...highlights, ...pageNotes]
}

/**
 * @param plan - the confirmed plan
 * @param keepNotFound - also add the highlights whose passage was not found
 * @param importedAt - now, in milliseconds since the epoch
 */
export function importWriteOf(
  plan: LibraryImportPlan,
  keepNotFound: boolean,
  importedAt: number,
): ImportWrite {
  return {
    annotations: plan.articles.flatMap(({ plan: one }) =>
      keepNotFound ? [...one.found, ...one.notFound] : one.found,
    ),
    notes: plan.articles
      .filter(({ plan: one }) => one.pageNotes.length > 0)
      .map(({ article, plan: one }) => noteChange(article.id, one.pageNotes)),
    pending: plan.waiting.flatMap((waiting) => waitingRows(waiting, importedAt)),
  }
}
