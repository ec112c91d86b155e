/**
 * A whole import file → one plan over the library: for every document the file names, either
 * the article it goes to with that article's own plan (`import-plan.ts`: new, already here,
 * passage not found, page notes), or, when the library does not have the page, what will wait
 * for it under "Not in your library". Articles are anchored one after another, each in
 * chunks that leave the page responsive, with progress after each and cancellation between
 * chunks. The reads are handed in (`PlanReads`), so this runs without a database in tests.
 */
import { createTextIndex, type TextIndex } from '@renderer/anchoring'
import type { ImportBatch, ImportCandidate } from '@renderer/importing/formats/types'
import {
  anchorCandidates,
  planImport,
  withoutPositionsBeyond,
  type ImportPlan,
  type PlanContext,
} from './import-plan'
import { groupByDocument, type DocumentGroup } from './routing/document-groups'
import {
  matchDocuments,
  wantedKeys,
  type LibraryArticleRef,
  type LibraryLookups,
  type MatchReason,
  type WantedKeys,
} from './routing/match-documents'

/** One library article the file has highlights or page notes for. */
export interface ArticleImport {
  readonly article: LibraryArticleRef
  readonly reason: MatchReason
  readonly plan: ImportPlan
  /** The article's note as it is ('' when none), for the write. */
  readonly articleNote: string
}

/** A document the library does not have: what will wait for it. */
export interface WaitingDocument {
  readonly group: DocumentGroup
  /** Highlights that will wait, in file order (those waiting already left out). */
  readonly highlights: readonly ImportCandidate[]
  /** Highlights of the file that wait already (the same file imported twice). */
  readonly alreadyWaiting: number
}

export interface LibraryImportPlan {
  /** Highlights in the file (page notes aside). */
  readonly highlights: number
  /** The article open in the reader when the reader imports; null from the library view. */
  readonly openArticleId: string | null
  readonly articles: readonly ArticleImport[]
  readonly waiting: readonly WaitingDocument[]
}

/** An article as the reader holds it open: its index and what is highlighted on it now. */
export interface OpenArticle {
  readonly article: LibraryArticleRef
  readonly index: TextIndex
  readonly isHighlighted: PlanContext['isHighlighted']
}

/** What the plan reads from the library. */
export interface PlanReads {
  readonly lookups: (wanted: WantedKeys) => Promise<LibraryLookups>
  /** The article's canonical text; undefined when it cannot be read. */
  readonly articleText: (id: string) => Promise<string | undefined>
  /** The stored highlights' ranges on an article. */
  readonly highlightedOn: (id: string) => Promise<PlanContext['isHighlighted']>
  /** The article's note ('' when none). */
  readonly articleNote: (id: string) => Promise<string>
  /** Of these ids, those stored as annotations. */
  readonly storedIds: (ids: readonly string[]) => Promise<ReadonlySet<string>>
  /** Of these ids, those waiting under "Not in your library". */
  readonly waitingIds: (ids: readonly string[]) => Promise<ReadonlySet<string>>
}

export interface PlanOptions {
  /** The reader's open article, when the reader imports (see `matchDocuments`). */
  readonly open?: OpenArticle
  readonly signal?: AbortSignal
  /** After each article: how many are done, of how many. */
  readonly onProgress?: (done: number, total: number) => void
}

/** Per-article groups merged: two documents of the file may be one article (by URL and title). */
function byArticle(
  matches: ReturnType<typeof matchDocuments>,
): Map<string, { article: LibraryArticleRef; reason: MatchReason; groups: DocumentGroup[] }> {
  const merged = new Map<
    string,
    { article: LibraryArticleRef; reason: MatchReason; groups: DocumentGroup[] }
  >()
  for (const { group, article, reason } of matches) {
    if (!article || !reason) continue
    const entry = merged.get(article.id) ?? { article, reason, groups: [] }
    entry.groups.push(group)
    merged.set(article.id, entry)
  }
  return merged
}

/**
 * @param batch - the parsed file
 * @param reads - the library's reads
 * @param options - the open article, cancellation and progress
 * @returns the plan; an article whose text cannot be read is left to wait, as if absent
 */
export async function planLibraryImport(
  batch: ImportBatch,
  reads: PlanReads,
  options: PlanOptions = {},
): Promise<LibraryImportPlan> {
  const groups = groupByDocument(batch)
  const lookups = await reads.lookups(wantedKeys(groups))
  const matches = matchDocuments(groups, lookups, options.open?.article)
  const ids = batch.annotations.map((candidate) => candidate.id)
  const [storedIds, waitingIds] = await Promise.all([reads.storedIds(ids), reads.waitingIds(ids)])
  const articles: ArticleImport[] = []
  const unreadable: DocumentGroup[] = []
  const entries = [...byArticle(matches).values()]
  for (const [done, { article, reason, groups: onArticle }] of entries.entries()) {
    options.signal?.throwIfAborted()
    const planned = await planArticle(article, reason, onArticle, reads, storedIds, options)
    if (planned) articles.push(planned)
    else unreadable.push(...onArticle)
    options.onProgress?.(done + 1, entries.length)
  }
  const absent = [...matches.filter((match) => match.article === null).map((m) => m.group)]
  const waiting = [...absent, ...unreadable].map((group) => {
    const highlights = group.annotations.filter(
      (candidate) => !waitingIds.has(candidate.id) && !storedIds.has(candidate.id),
    )
    return { group, highlights, alreadyWaiting: group.annotations.length - highlights.length }
  })
  const openArticleId = options.open?.article.id ?? null
  return { highlights: batch.annotations.length, openArticleId, articles, waiting }
}

async function planArticle(
  article: LibraryArticleRef,
  reason: MatchReason,
  groups: readonly DocumentGroup[],
  reads: PlanReads,
  storedIds: ReadonlySet<string>,
  { open, signal }: PlanOptions,
): Promise<ArticleImport | null> {
  const isOpen = open?.article.id === article.id
  let index = isOpen ? open.index : undefined
  if (!index) {
    const text = await reads.articleText(article.id)
    if (text === undefined) return null
    index = createTextIndex(text)
  }
  const isHighlighted = isOpen ? open.isHighlighted : await reads.highlightedOn(article.id)
  const candidates = withoutPositionsBeyond(
    groups.flatMap((group) => group.annotations),
    index.text.length,
  )
  const results = await anchorCandidates(index, candidates, { signal })
  const articleNote = await reads.articleNote(article.id)
  const plan = planImport(candidates, results, {
    articleId: article.id,
    index,
    storedIds,
    isHighlighted,
    pageNotes: groups.flatMap((group) => group.pageNotes),
    articleNote,
  })
  return { article, reason, plan, articleNote }
}
