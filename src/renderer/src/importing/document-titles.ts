/**
 * Which of a file's highlights are on the open article, for files that list highlights of many
 * documents by title (Readwise's CSV). Titles are compared normalised: letter case, accents'
 * composed forms, runs of spaces and punctuation (`“Putin Orders Russian Troops Out of Syria”`
 * is `putin orders russian troops out of syria`). A file with one title only is all for the
 * open article, whatever the title says: the reader chose it for this article.
 */
import type { ImportCandidate, ImportDocument } from '@renderer/importing/formats/types'

/** The candidates for the open article, and what was left out. */
export interface ArticleSelection {
  readonly annotations: readonly ImportCandidate[]
  /** Highlights on other documents, not imported. */
  readonly otherHighlights: number
  /** How many other documents those are on. */
  readonly otherDocuments: number
}

/**
 * @param title - a document title as a file or the library writes it
 * @returns the title in the form compared: lower case, letters and digits in words split by one space
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * @param annotations - the file's candidates, in file order
 * @param documents - each candidate's id to its document
 * @param articleTitle - the open article's title
 */
export function selectForArticle(
  annotations: readonly ImportCandidate[],
  documents: ReadonlyMap<string, ImportDocument>,
  articleTitle: string,
): ArticleSelection {
  const titleOf = (candidate: ImportCandidate): string =>
    normaliseTitle(documents.get(candidate.id)?.title ?? '')
  const distinct = new Set(annotations.map(titleOf))
  if (distinct.size <= 1) return { annotations, otherHighlights: 0, otherDocuments: 0 }
  const wanted = normaliseTitle(articleTitle)
  const chosen = annotations.filter((candidate) => titleOf(candidate) === wanted)
  distinct.delete(wanted)
  return {
    annotations: chosen,
    otherHighlights: annotations.length - chosen.length,
    otherDocuments: distinct.size,
  }
}
