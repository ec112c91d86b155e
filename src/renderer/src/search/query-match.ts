/**
 * Whether a text satisfies a query, and where: the exact check behind the index's answer. The
 * index finds documents holding every query word somewhere; this finds each clause in the
 * words of one text (a phrase's words next to each other, each word but a clause's last whole,
 * the last a prefix), and gives the ranges a snippet marks. A document of several texts
 * (title, author, body...) matches when every clause is found in one of them.
 */
import { textTokens, type TextToken } from './fold-text'
import type { QueryClause, SearchQuery } from './search-query'

/** `[start, end)` in a text, UTF-16 code units. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

function matchesAt(tokens: readonly TextToken[], at: number, terms: readonly string[]): boolean {
  if (at + terms.length > tokens.length) return false
  const last = terms.length - 1
  return terms.every((term, offset) =>
    offset === last ? tokens[at + offset].term.startsWith(term) : tokens[at + offset].term === term,
  )
}

/** Every place `clause` matches in `tokens`, in order. */
function clauseRanges(tokens: readonly TextToken[], clause: QueryClause): TextRange[] {
  const ranges: TextRange[] = []
  const length = clause.terms.length
  for (let at = 0; at + length <= tokens.length; at++) {
    if (matchesAt(tokens, at, clause.terms)) {
      ranges.push({ start: tokens[at].start, end: tokens[at + length - 1].end })
    }
  }
  return ranges
}

/** Sorted, with overlapping or touching ranges joined. */
function joinRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
  const joined: TextRange[] = []
  for (const range of sorted) {
    const previous = joined.at(-1)
    if (previous && range.start <= previous.end) {
      joined[joined.length - 1] = { start: previous.start, end: Math.max(previous.end, range.end) }
    } else joined.push(range)
  }
  return joined
}

/**
 * Where `query` matches in each of a document's texts, or null when some clause is in none of
 * them (an empty query matches nothing).
 *
 * @param texts - the document's texts, each searched on its own
 * @param query - the parsed query
 * @returns for each text, the ranges to mark in it (empty where nothing matched)
 */
export function matchTexts(texts: readonly string[], query: SearchQuery): TextRange[][] | null {
  if (query.clauses.length === 0) return null
  const tokens = texts.map(textTokens)
  const found: TextRange[][] = texts.map(() => [])
  for (const clause of query.clauses) {
    let anywhere = false
    tokens.forEach((words, index) => {
      const ranges = clauseRanges(words, clause)
      if (ranges.length > 0) anywhere = true
      found[index].push(...ranges)
    })
    if (!anywhere) return null
  }
  return found.map(joinRanges)
}

/**
 * The places any clause of `query` matches in `text`, to mark in a text shown beside a match
 * (an article's title over its highlights) whether or not the text matched as a whole.
 */
export function markMatches(text: string, query: SearchQuery): TextRange[] {
  const tokens = textTokens(text)
  return joinRanges(query.clauses.flatMap((clause) => clauseRanges(tokens, clause)))
}
