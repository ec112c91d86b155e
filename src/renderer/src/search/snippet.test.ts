import { describe, expect, it } from 'vitest'
import { markedRuns, snippetAround, SNIPPET_LENGTH } from './snippet'

function markedWords(snippet: { text: string; marks: readonly { start: number; end: number }[] }) {
  return snippet.marks.map((mark) => snippet.text.slice(mark.start, mark.end))
}

describe('snippetAround', () => {
  const words = Array.from({ length: 200 }, (_, index) => `word${index}`)

  it('shows a short text whole with its marks', () => {
    const snippet = snippetAround('A Zürich report', [{ start: 2, end: 8 }])
    expect(snippet).toEqual({ text: 'A Zürich report', marks: [{ start: 2, end: 8 }] })
  })

  it('cuts a long text around the first mark, at spaces, with ellipses', () => {
    const text = words.join(' ')
    const start = text.indexOf('word100')
    const snippet = snippetAround(text, [{ start, end: start + 'word100'.length }])
    expect(snippet.text.startsWith('…word')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2)
    expect(markedWords(snippet)).toEqual(['word100'])
    // Whole words only: every word shown is one of the text's.
    for (const word of snippet.text.replaceAll('…', '').split(' ')) expect(words).toContain(word)
  })

  it('shows block breaks as one space and keeps the marks on their words', () => {
    const text = 'First block.\n\nSecond   block with Zürich.'
    const start = text.indexOf('Zürich')
    const snippet = snippetAround(text, [{ start, end: start + 6 }])
    expect(snippet.text).toBe('First block. Second block with Zürich.')
    expect(markedWords(snippet)).toEqual(['Zürich'])
  })

  it('leaves out marks beyond the piece shown', () => {
    const text = words.join(' ')
    const late = text.indexOf('word199')
    const snippet = snippetAround(text, [
      { start: 0, end: 5 },
      { start: late, end: late + 7 },
    ])
    expect(markedWords(snippet)).toEqual(['word0'])
  })
})

describe('markedRuns', () => {
  it('splits a marked text into runs that cover it', () => {
    expect(
      markedRuns({
        text: 'Aid reached Zürich',
        marks: [
          { start: 0, end: 3 },
          { start: 12, end: 18 },
        ],
      }),
    ).toEqual([
      { text: 'Aid', marked: true },
      { text: ' reached ', marked: false },
      { text: 'Zürich', marked: true },
    ])
  })
})
