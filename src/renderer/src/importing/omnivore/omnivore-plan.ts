/**
 * What importing an Omnivore export will do, item by item, and the sentence the confirmation
 * shows: "3 articles with 4 highlights: 2 new articles, 1 already in your library; 1 passage
 * not found". Framework-free and without the database: `prepare-items.ts` fills it in.
 */
import type { Annotation } from '@shared/annotation'
import type { NewArticle } from '@renderer/db/library-writes'
import type { WaitingDocument } from '../library-plan'
import type { OmnivoreItem } from './read-omnivore-export'

/** One item of the export, ready to write. */
export interface PreparedItem {
  readonly item: OmnivoreItem
  /** The article its highlights join. */
  readonly articleId: string
  /** The article to add; null when the library has it already. */
  readonly newArticle: NewArticle | null
  /** New highlights whose passage was found, for `articleId`. */
  readonly found: readonly Annotation[]
  /** New highlights whose passage the article does not have: kept as "passage not found". */
  readonly notFound: readonly Annotation[]
  /** Highlights stored already (the same export imported before). */
  readonly alreadyHere: number
  /** Page notes new to the article's note, as sections of it (`page-notes.ts`). */
  readonly pageNotes: readonly string[]
}

export interface OmnivorePlan {
  /**
   * The items that become (or are already) library articles, in the export's order; two items
   * on one page share its article (only the first has `newArticle`).
   */
  readonly items: readonly PreparedItem[]
  /** Items that cannot be articles: no readable content (an uploaded PDF), not in the library. */
  readonly leftOut: number
  /**
   * Their highlights and page notes (those not imported before), which wait under "Not in your
   * library" with the item's address and title, never dropped.
   */
  readonly waiting: readonly WaitingDocument[]
}

const count = new Intl.NumberFormat('en')
const plural = (n: number, one: string, many = `${one}s`): string =>
  `${count.format(n)} ${n === 1 ? one : many}`

/** Totals of a plan, for the summary and the dialog. */
export function planTotals(plan: OmnivorePlan) {
  // Two items of one export on the same page are one article.
  const articles = new Set(plan.items.map((item) => item.articleId)).size
  const added = plan.items.filter((item) => item.newArticle !== null).length
  const sum = (of: (item: PreparedItem) => number): number =>
    plan.items.reduce((total, item) => total + of(item), 0)
  return {
    articles,
    newArticles: added,
    inLibrary: articles - added,
    highlights: sum(({ item }) => item.highlights.length),
    found: sum((item) => item.found.length),
    notFound: sum((item) => item.notFound.length),
    alreadyHere: sum((item) => item.alreadyHere),
    pageNotes: sum((item) => item.pageNotes.length),
  }
}

/**
 * The plan in one sentence, without its full stop.
 *
 * @param plan - the plan
 */
export function omnivoreSummary(plan: OmnivorePlan): string {
  const totals = planTotals(plan)
  const articles = `${plural(totals.articles, 'article')} with ${plural(totals.highlights, 'highlight')}`
  const parts = [
    `${articles}: ${plural(totals.newArticles, 'new article')}, ${count.format(totals.inLibrary)} already in your library`,
  ]
  if (totals.alreadyHere > 0) {
    parts.push(`${plural(totals.alreadyHere, 'highlight')} already imported`)
  }
  if (totals.notFound > 0) {
    parts.push(`${plural(totals.notFound, 'passage')} not found`)
  }
  if (totals.pageNotes > 0) {
    parts.push(`${plural(totals.pageNotes, 'page note')} for the articles’ notes`)
  }
  if (plan.leftOut > 0) {
    const what = plural(plan.leftOut, 'item')
    const highlights = plan.waiting.reduce((n, one) => n + one.highlights.length, 0)
    const waits =
      highlights > 0
        ? `; ${plural(highlights, 'highlight')} on it wait under Not in your library`
        : ''
    parts.push(`${what} without readable content (an uploaded PDF)${waits}`)
  }
  return parts.join('; ')
}
