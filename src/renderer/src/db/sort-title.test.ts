import { describe, expect, it } from 'vitest'
import { sortTitle } from './sort-title'

function sorted(titles: string[]): string[] {
  return [...titles].sort((a, b) => (sortTitle(a) < sortTitle(b) ? -1 : 1))
}

describe('sortTitle', () => {
  it('sorts regardless of case and diacritics', () => {
    expect(sorted(['zebra', 'Zürich', 'apple', 'Éclair', 'Banana'])).toEqual([
      'apple',
      'Banana',
      'Éclair',
      'zebra',
      'Zürich',
    ])
  })

  it('sets aside a leading article and quotation marks', () => {
    expect(sortTitle('The Motherland')).toBe('motherland')
    expect(sortTitle('“A Tale of Two Cities”')).toBe('tale of two cities”')
    expect(sortTitle('An  Essay')).toBe('essay')
    // A title that is only the word keeps it.
    expect(sortTitle('The')).toBe('the')
  })
})
