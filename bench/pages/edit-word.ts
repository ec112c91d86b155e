/**
 * A stored quote whose passage was since edited: one word inside it (not at either edge), of 4
 * to 8 letters, spelled backwards. With quotes of 40 characters or more that
 * stays within the quarter of wrong characters that fuzzy anchoring accepts.
 */

const WORD = /(?<!\p{L})\p{L}{4,8}(?!\p{L})/gu

/**
 * @param quote - the stored quote
 * @param random - picks which word
 * @returns the quote with one word reversed, or null when it has no such word
 */
export function editOneWord(quote: string, random: () => number): string | null {
  const words = [...quote.matchAll(WORD)].filter((match) => {
    const end = match.index + match[0].length
    const reversed = [...match[0]].reverse().join('')
    return match.index > 0 && end < quote.length && reversed !== match[0]
  })
  if (words.length === 0) return null
  const word = words[Math.floor(random() * words.length)]
  const reversed = [...word[0]].reverse().join('')
  return quote.slice(0, word.index) + reversed + quote.slice(word.index + word[0].length)
}
