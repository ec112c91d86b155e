/**
 * Document titles as imports compare them (files that name their pages by title, like
 * Readwise's CSV): letter case, accents' composed forms, runs of spaces and punctuation
 * (`“Putin Orders Russian Troops Out of Syria”` is `putin orders russian troops out of
 * syria`). `routing/document-keys.ts` builds the library's title key on it.
 */

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
