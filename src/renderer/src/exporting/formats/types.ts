/**
 * What every export formatter takes: the article's identity, its annotations already in reading
 * order with the section each sits in, and the user's choices. Formatters are pure functions of
 * this input, so the dialog's preview and the saved file are the same string.
 */
import type { Annotation } from '@shared/annotation'
import type { Article } from '@shared/article'

/**
 * What the library knows of an article, for the formats that describe it (Markdown's front
 * matter, a text-fragment link to the original page). Absent when there is no library row.
 */
export interface ExportLibraryDetails {
  /** The author line as the page gave it; '' when unknown. */
  readonly byline: string
  readonly siteName: string
  /** The original page's address; '' when unknown (a paste, a file without one). */
  readonly url: string
  /** When it was added to the library, milliseconds since the epoch. */
  readonly addedAt: number
  /** The article's own tags. */
  readonly tags: readonly string[]
}

/** The part of an article an export names: never its text. */
export interface ExportArticle extends Pick<Article, 'id' | 'title' | 'source'> {
  readonly library?: ExportLibraryDetails
  /**
   * When the export quotes a previous version of the article (its text before an update), which
   * one: "Version of 3 Dec 2026". Every format names it in its header. Absent for the current
   * text.
   */
  readonly version?: string
}

/** An annotation as exported: the stored one plus where it sits, for people to find it. */
export interface ExportAnnotation extends Annotation {
  /** Section label from `sectionAt`, e.g. `Putin's first visit` or `Photo caption, Putin's first visit`. */
  readonly section: string
}

export interface ExportOptions {
  /** Include each highlight's note (and the article note). */
  readonly includeNotes: boolean
  /** Include each highlight's tags. */
  readonly includeTags: boolean
  /**
   * Put each highlight's `gloss://` link beside its quote, in the formats that carry links
   * (`ExportFormat.carriesLinks`: Markdown, HTML). Off when absent.
   */
  readonly includeLinks?: boolean
}

export interface ExportInput {
  readonly article: ExportArticle
  /** In reading order: see `readingOrder`. */
  readonly annotations: readonly ExportAnnotation[]
  /** The article-level note (Markdown); empty or absent when there is none. */
  readonly articleNote?: string
  readonly exportedAt: Date
  readonly options: ExportOptions
}

/** A formatter: pure, total, and never throws on any Unicode. */
export type ExportFormatter = (input: ExportInput) => string
