/**
 * Validated import candidates, re-anchored against the current article → what an import will
 * do: which annotations it adds (their passage found, or not found and kept as such), and how
 * many are already here. Framework-free and without the database: the flow reads what it needs
 * first (stored ids, the highlights on the page) and hands it in.
 *
 * "Already here" means the same id is stored (a Gloss file imported twice), or, for an
 * annotation another tool gave its own id (Hypothesis), a highlight on exactly the same range
 * (whatever its quote: a passage found by fuzzy matching reads differently from the file's).
 */
import type { Annotation, AnnotationTarget, TextPositionSelector } from '@shared/annotation'
import {
  anchorTargets,
  describeRange,
  isAnchored,
  type AnchorBatchOptions,
  type AnchorResult,
  type TextIndex,
} from '@renderer/anchoring'
import type { ImportCandidate, ImportPageNote } from '@renderer/importing/formats/types'
import { newPageNoteSections } from './page-notes'

/** What an import will do, for the confirmation and the write. */
export interface ImportPlan {
  /** Annotations in the file. */
  readonly total: number
  /** New annotations whose passage was found, ready to store, in file order. */
  readonly found: readonly Annotation[]
  /** New annotations whose passage this article does not have: kept as "passage not found". */
  readonly notFound: readonly Annotation[]
  /** Annotations skipped because they are here already. */
  readonly alreadyHere: number
  /** Page notes and replies new to the article's note, as sections of it (`page-notes.ts`). */
  readonly pageNotes: readonly string[]
}

/** What the plan compares candidates with. */
export interface PlanContext {
  /** The article the annotations join. */
  readonly articleId: string
  readonly index: TextIndex
  /** Ids of the file's annotations that are stored already (on any article). */
  readonly storedIds: ReadonlySet<string>
  /**
   * Whether the article already has a highlight on exactly `[start, end)`.
   *
   * @param start - canonical offset
   * @param end - canonical offset
   */
  readonly isHighlighted: (start: number, end: number) => boolean
  /** The file's page notes and replies. */
  readonly pageNotes?: readonly ImportPageNote[]
  /** The article's note as it is, to leave out page notes it holds already. */
  readonly articleNote?: string
}

/** Where the search starts for a file that gives no position: the top of the article. */
const NO_POSITION: TextPositionSelector = { start: 0, end: 0 }

function anchoringTarget(candidate: ImportCandidate): AnnotationTarget {
  return { quote: candidate.target.quote, position: candidate.target.position ?? NO_POSITION }
}

/**
 * The candidates with every position that reaches past the article's end taken away: such an
 * offset (2^53-1, say) points at no passage of this text, so it is neither searched from nor
 * stored, and the passage is found by its quote alone, as for a file that gives no position.
 *
 * @param candidates - the parsed file's annotations
 * @param length - the article's canonical text length
 */
export function withoutPositionsBeyond(
  candidates: readonly ImportCandidate[],
  length: number,
): ImportCandidate[] {
  return candidates.map((candidate) => {
    const { position } = candidate.target
    if (!position || position.end <= length) return candidate
    return { ...candidate, target: { ...candidate.target, position: null } }
  })
}

/**
 * Find every candidate's passage in the article, in chunks that leave the page responsive.
 *
 * @param index - the article's text index
 * @param candidates - the parsed file's annotations
 * @param options - cancellation and chunking, as `anchorTargets` takes them
 */
export function anchorCandidates(
  index: TextIndex,
  candidates: readonly ImportCandidate[],
  options?: AnchorBatchOptions,
): Promise<AnchorResult[]> {
  return anchorTargets(index, candidates.map(anchoringTarget), options)
}

/**
 * The target to store: the file's own selectors when it gave a position (so a Gloss export
 * comes back exactly as it left); else the passage as found, described like a new highlight;
 * else the file's quote with no position to speak of.
 */
function storedTarget(
  candidate: ImportCandidate,
  result: AnchorResult,
  index: TextIndex,
): AnnotationTarget {
  const { quote, position } = candidate.target
  if (position) return { quote, position }
  if (isAnchored(result)) return describeRange(index, result) ?? anchoringTarget(candidate)
  return anchoringTarget(candidate)
}

/**
 * Sort candidates into new (found or not) and already here.
 *
 * @param candidates - the parsed file's annotations, in file order
 * @param results - where each was found, from `anchorCandidates`
 * @param context - the article and what it holds already
 */
export function planImport(
  candidates: readonly ImportCandidate[],
  results: readonly AnchorResult[],
  context: PlanContext,
): ImportPlan {
  const found: Annotation[] = []
  const notFound: Annotation[] = []
  let alreadyHere = 0
  candidates.forEach((candidate, i) => {
    const result = results[i]
    const anchored = isAnchored(result)
    const highlighted = anchored && context.isHighlighted(result.start, result.end)
    if (context.storedIds.has(candidate.id) || highlighted) {
      alreadyHere++
      return
    }
    const annotation: Annotation = {
      ...candidate,
      articleId: context.articleId,
      target: storedTarget(candidate, result, context.index),
    }
    ;(anchored ? found : notFound).push(annotation)
  })
  const pageNotes = newPageNoteSections(context.pageNotes ?? [], context.articleNote ?? '')
  return { total: candidates.length, found, notFound, alreadyHere, pageNotes }
}

const count = new Intl.NumberFormat('en')

function pageNotesPhrase(n: number): string {
  const what = n === 1 ? 'page note or reply' : 'page notes and replies'
  return `${count.format(n)} ${what} for the article’s note`
}

/**
 * The plan in one line, e.g. `12 annotations: 9 new, 2 already here, 1 for a passage not
 * found; 2 page notes and replies for the article’s note`.
 *
 * @param plan - the plan
 */
export function planSummary(plan: ImportPlan): string {
  const notes = plan.pageNotes.length
  if (plan.total === 0) return pageNotesPhrase(notes)
  const parts = [`${count.format(plan.found.length)} new`]
  if (plan.alreadyHere > 0) parts.push(`${count.format(plan.alreadyHere)} already here`)
  if (plan.notFound.length > 0) {
    const n = plan.notFound.length
    parts.push(`${count.format(n)} for a passage not found`)
  }
  const noun = plan.total === 1 ? 'annotation' : 'annotations'
  const summary = `${count.format(plan.total)} ${noun}: ${parts.join(', ')}`
  return notes === 0 ? summary : `${summary}; ${pageNotesPhrase(notes)}`
}
