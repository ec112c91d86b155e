/**
 * What a person types into the search box, as clauses every result must satisfy. Each word is
 * a clause; `"a quoted phrase"` is one clause whose words must follow each other; an
 * unfinished quote runs to the end (the person is still typing it). A word that folds into
 * several (`don't`, `東京`) is a sequence too: its parts must stand together. The last word of a
 * clause matches as a prefix (`synd` finds `Syndrome`), the words before it whole.
 *
 * Splitting the input is one regular expression with two alternatives (a quoted run, or a run
 * without spaces or quotes); the words inside are cut by `fold-text.ts` like every text.
 */
import { textTerms } from './fold-text'

/** Folded words that must appear in this order, next to each other; the last one a prefix. */
export interface QueryClause {
  readonly terms: readonly string[]
}

export interface SearchQuery {
  /** Every clause must match; empty when the input has no word to look for. */
  readonly clauses: readonly QueryClause[]
}

const PART = /"([^"]*)"?|[^\s"]+/gu

/** @param input - the search box's text */
export function parseSearchQuery(input: string): SearchQuery {
  const clauses: QueryClause[] = []
  for (const match of input.matchAll(PART)) {
    const terms = textTerms(match[1] ?? match[0])
    if (terms.length > 0) clauses.push({ terms })
  }
  return { clauses }
}

/** Every folded word of the query, as the index is asked for them (each one a prefix). */
export function queryTerms(query: SearchQuery): string[] {
  return query.clauses.flatMap((clause) => clause.terms)
}
