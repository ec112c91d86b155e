/**
 * What the import parser hands the import flow: either validated candidates, ready to be
 * re-anchored against the article and written, or one refusal a person can read. Nothing here
 * touches the database; the flow decides what to write.
 */
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '@shared/annotation'

/** Where an imported annotation points. Position is optional: other tools may not give one. */
export interface ImportTarget {
  readonly quote: TextQuoteSelector
  /** Offsets as the file gave them; null when it had no usable `TextPositionSelector`. */
  readonly position: TextPositionSelector | null
}

/** An annotation ready to be re-anchored: the stored shape, minus the article it will join. */
export interface ImportCandidate extends Omit<Annotation, 'articleId' | 'target'> {
  readonly target: ImportTarget
}

/**
 * The page an annotation is on, as the file names it, for finding it in the library. Either
 * part may be empty: a Readwise CSV names documents by title only, a Web Annotation by IRI only.
 */
export interface ImportDocument {
  /** A page URL, or `urn:gloss:article:<id>` for Gloss's own exports; '' when not given. */
  readonly source: string
  /** The document's title as the file gives it; '' when not given. */
  readonly title: string
}

/**
 * An annotation on a whole page rather than a passage (a Hypothesis page note), or a reply to
 * another annotation: it has no passage to anchor, so it joins the article's own note.
 */
export interface ImportPageNote {
  readonly note: string
  readonly tags: readonly string[]
  readonly createdAt: number
  /** True for a reply to another annotation, false for a note on the page. */
  readonly reply: boolean
  /** The page it was written on. */
  readonly document: ImportDocument
}

export interface ImportBatch {
  /** In the order the file lists them. */
  readonly annotations: readonly ImportCandidate[]
  /** Page notes and replies, in file order. */
  readonly pageNotes: readonly ImportPageNote[]
  /**
   * The distinct target `source` IRIs, first seen first (`urn:gloss:article:<id>` for Gloss's
   * own exports, a page URL for Hypothesis), so the flow can say when a file was made on
   * another article.
   */
  readonly sources: readonly string[]
  /** Each candidate's id to the document it is on, so the flow can find that document. */
  readonly documents: ReadonlyMap<string, ImportDocument>
}

export type ImportRefusalReason =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-csv'
  /** A Markdown export whose front matter cannot be read. */
  | 'bad-front-matter'
  | 'not-annotations'
  | 'no-annotations'
  | 'too-many'
  | 'invalid-annotation'
  | 'duplicate-id'
  /** The worker reading the file stopped before it answered. */
  | 'reader-stopped'

export interface ImportRefusal {
  readonly reason: ImportRefusalReason
  /** One sentence saying why, for a `role="alert"` element. */
  readonly message: string
}

export interface ImportOptions {
  /** Makes ids for annotations whose id is not a `urn:uuid:`; defaults to `crypto.randomUUID`. */
  readonly newId?: () => string
  /** Creation time for annotations that state none; defaults to now. */
  readonly now?: Date
}
