/**
 * The limits an import file must keep. They are far above anything a person makes on one
 * article (a long read holds a few hundred highlights), and low enough that a hostile or broken
 * file is refused before it can slow the app or fill the database.
 */

/** Largest file read, in UTF-16 code units of its text (about 20 MB of ASCII JSON). */
export const MAX_IMPORT_FILE_CHARS = 20 * 1024 * 1024
/** Most annotations in one file. */
export const MAX_IMPORT_ANNOTATIONS = 10_000
/** Longest note, in code units. */
export const MAX_NOTE_CHARS = 100_000
/** Longest quoted passage, in code units: a whole long-read article. */
export const MAX_QUOTE_CHARS = 200_000
/** Longest quote prefix or suffix (Gloss writes 32; other tools a little more). */
export const MAX_CONTEXT_CHARS = 1_000
/** Most tags on one annotation, and the longest tag. */
export const MAX_TAGS = 100
export const MAX_TAG_CHARS = 200
/** Most bodies on one annotation (its note parts and tags together). */
export const MAX_BODIES = 1_000
/** Longest id or target source IRI. */
export const MAX_IRI_CHARS = 2_048

/** `20 MB`, `10,000`: limits as messages state them. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}
