/**
 * How search reads text: the words of a text with where each one is, folded so that a person's
 * way of typing finds it. Folding is NFKD, marks stripped, lowercase, then NFC again (so Hangul
 * syllables and voiced kana, which NFKD takes apart, come back whole): `Zürich` is `zurich`,
 * `ﬁ` is `fi`, half-width `ｶ` is `カ`. Words are runs of letters and digits; Chinese and Japanese are written without spaces,
 * so each Han, kana or Hangul character is a word of its own and a CJK query becomes a sequence
 * of characters that must stand next to each other (`query-match.ts`).
 *
 * The index (`search-index.ts`), the query (`search-query.ts`) and the snippets (`snippet.ts`)
 * all cut text with this one function, so what the index finds is what the snippet marks.
 */

/** A word of a text: its folded form and `[start, end)` in the original text (UTF-16). */
export interface TextToken {
  readonly term: string
  readonly start: number
  readonly end: number
}

/** Runs of letters, digits and the marks on them; a CJK character alone. */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}\p{M}])+/gu

/** Combining marks, but not the kana voicing marks: `で` and `て` are different words. */
const MARKS = /(?![\u3099\u309a])\p{M}/gu

/** Printable ASCII, which folding would only lowercase: most words of most articles. */
const PLAIN = /^[ -~]*$/

/** `text` folded: compatibility forms and accents gone, lowercase. */
export function foldText(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFC')
}

/** The words of `text`, folded, in order, with their places in `text`. */
export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = []
  for (const match of text.matchAll(WORD)) {
    const term = foldText(match[0])
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/** The folded words of `text` alone: what the index stores for it. */
export function textTerms(text: string): string[] {
  return textTokens(text).map((token) => token.term)
}
