/**
 * What the notice says once an import is written: `Imported 4 annotations` (and the page
 * notes that joined the article's note) for an import on one article, as it always said;
 * for one on several, on how many articles, and how much waits under "Not in your library".
 */
import type { ImportWrite, ImportWritten } from '@renderer/db/import-annotations'

const count = new Intl.NumberFormat('en')

/**
 * @param what - what was asked to be written
 * @param written - what was written
 */
export function importedMessage(what: ImportWrite, written: ImportWritten): string {
  const n = written.added.length
  const annotations = `Imported ${count.format(n)} annotation${n === 1 ? '' : 's'}`
  const added = new Set(written.added)
  const articles = new Set(what.annotations.filter((a) => added.has(a.id)).map((a) => a.articleId))
  for (const change of written.notes) articles.add(change.after.articleId)
  const on = articles.size > 1 ? ` on ${count.format(articles.size)} articles` : ''
  const notes =
    written.notes.length === 0
      ? ''
      : articles.size > 1
        ? ', and page notes into the articles’ notes'
        : ', and page notes into the article’s note'
  const waiting = written.pending.length
  const pending =
    waiting === 0
      ? ''
      : `; ${count.format(waiting)} wait${waiting === 1 ? 's' : ''} under “Not in your library”`
  return `${annotations}${on}${notes}${pending}`
}
