/**
 * A library-wide import plan in words, for the confirmation: the headline
 * ("37 highlights on 5 articles: 3 articles are in your library, 2 are not"), one line per
 * article with its own plan (`planSummary`), one per page that is not in the library, and the
 * totals the dialog's choices need. A file on the article open in the reader reads as the
 * reader's import always read: that article's plan alone.
 */
import { planSummary } from './import-plan'
import type { ArticleImport, LibraryImportPlan, WaitingDocument } from './library-plan'

const count = new Intl.NumberFormat('en')

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`
}

/** True when the whole file is for the article open in the reader (the reader's usual import). */
export function isOneArticle(plan: LibraryImportPlan): boolean {
  return (
    plan.articles.length === 1 &&
    plan.waiting.length === 0 &&
    plan.articles[0].article.id === plan.openArticleId
  )
}

/**
 * @param plan - the plan
 * @returns e.g. `37 highlights on 5 articles: 3 articles are in your library, 2 are not`
 */
export function libraryHeadline(plan: LibraryImportPlan): string {
  const inLibrary = plan.articles.length
  const absent = plan.waiting.length
  const on = `${plural(plan.highlights, 'highlight', 'highlights')} on ${plural(inLibrary + absent, 'article', 'articles')}`
  if (absent === 0) return `${on}: ${inLibrary === 1 ? 'it is' : 'all are'} in your library`
  if (inLibrary === 0) return `${on}: ${absent === 1 ? 'it is not' : 'none are'} in your library`
  const are = inLibrary === 1 ? 'article is' : 'articles are'
  return `${on}: ${count.format(inLibrary)} ${are} in your library, ${count.format(absent)} ${absent === 1 ? 'is' : 'are'} not`
}

/** The open article's plan when the file is all for it, else the headline. */
export function importSummary(plan: LibraryImportPlan): string {
  return isOneArticle(plan) ? planSummary(plan.articles[0].plan) : libraryHeadline(plan)
}

/** One article's line: its title (and the Trash when it is there) and its plan. */
export function articleLine({ article, plan }: ArticleImport): string {
  const where = article.trashed ? ' (in the Trash)' : ''
  return `${article.title || 'Untitled'}${where}: ${planSummary(plan)}`
}

/** What a page not in the library is called: its title, else its address. */
export function waitingName({ group }: WaitingDocument): string {
  return group.document.title || group.document.source || 'A page with no title or address'
}

/** One page's line: how much will wait for it. */
export function waitingLine(waiting: WaitingDocument): string {
  const parts = [`${plural(waiting.highlights.length, 'highlight', 'highlights')} will wait`]
  if (waiting.alreadyWaiting > 0)
    parts.push(`${count.format(waiting.alreadyWaiting)} already waiting`)
  const notes = waiting.group.pageNotes.length
  if (notes > 0) parts.push(plural(notes, 'page note', 'page notes'))
  return `${waitingName(waiting)}: ${parts.join(', ')}`
}

/** What the dialog's choices count, over every article. */
export interface ImportTotals {
  readonly found: number
  readonly notFound: number
  readonly pageNotes: number
  /** Highlights and page notes that will wait for their article. */
  readonly waiting: number
}

/** @param plan - the plan */
export function importTotals(plan: LibraryImportPlan): ImportTotals {
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0)
  return {
    found: sum(plan.articles.map((a) => a.plan.found.length)),
    notFound: sum(plan.articles.map((a) => a.plan.notFound.length)),
    pageNotes: sum(plan.articles.map((a) => a.plan.pageNotes.length)),
    waiting: sum(plan.waiting.map((w) => w.highlights.length + w.group.pageNotes.length)),
  }
}

/**
 * What pressing Import will do, e.g. `Import adds 4 annotations to this article.`, or for a
 * file across the library `Import adds 2 annotations to your library, and keeps 1 under “Not in
 * your library” until their article is added.`
 *
 * @param plan - the plan
 * @param keepNotFound - whether the highlights whose passage was not found are kept
 */
export function importOutcome(plan: LibraryImportPlan, keepNotFound: boolean): string {
  const totals = importTotals(plan)
  const adding = totals.found + (keepNotFound ? totals.notFound : 0)
  const notes = totals.pageNotes
  const open = isOneArticle(plan)
  const only = plan.articles.length === 1 && plan.waiting.length === 0 ? plan.articles[0] : null
  const name = only ? `“${only.article.title || 'Untitled'}”` : ''
  const target = open ? 'this article' : only ? name : 'your library'
  const pages = plural(notes, 'page note', 'page notes')
  const parts: string[] = []
  if (adding > 0) {
    const what = plural(adding, 'annotation', 'annotations')
    const into = open || only ? 'its note' : 'their articles’ notes'
    parts.push(
      notes > 0 ? `adds ${what} to ${target} and ${pages} to ${into}` : `adds ${what} to ${target}`,
    )
  } else if (notes > 0) {
    const into = open
      ? 'this article’s note'
      : only
        ? `the note of ${name}`
        : 'their articles’ notes'
    parts.push(`adds ${pages} to ${into}`)
  }
  if (totals.waiting > 0) {
    const kept = count.format(totals.waiting)
    parts.push(`keeps ${kept} under “Not in your library” until their article is added`)
  }
  return parts.length === 0 ? 'There is nothing new to import.' : `Import ${parts.join(', and ')}.`
}
