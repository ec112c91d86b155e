/**
 * A title → the key the library sorts titles by. IndexedDB orders string keys by UTF-16 code
 * unit, so `Zürich` would sort after `zebra` and `apple` after `Zebra`; the stored key is
 * folded instead: compatibility-decomposed, diacritics dropped, lower case, runs of space made
 * one, and a leading English article (`The`, `A`, `An`) or quotation mark set aside, as library
 * catalogues do. Titles that fold alike stay in the order of their ids (the index's tiebreak).
 */

const DIACRITICS = /\p{M}+/gu
const LEADING_ARTICLE = /^(the|a|an) (?=\S)/
const LEADING_PUNCTUATION = /^[\p{P}\p{S}\s]+/u

/** @param title - the article's title as shown */
export function sortTitle(title: string): string {
  const folded = title
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(LEADING_PUNCTUATION, '')
  return folded.replace(LEADING_ARTICLE, '').trim()
}
