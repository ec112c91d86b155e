/**
 * Omnivore's highlights Markdown, as its `highlightToMarkdown` writes it (see
 * `fixtures/import/omnivore/README.md`), read back into quotes, labels, notes and page notes.
 */
import { describe, expect, it } from 'vitest'
import { readHighlightsMarkdown } from './highlights-markdown'
import { sampleFiles } from './test-zips'

describe('readHighlightsMarkdown', () => {
  it('reads the sample: a page note first, then three highlights', () => {
    const read = readHighlightsMarkdown(
      sampleFiles()['highlights/the-harbour-at-night-18c1f2a3b4d.md'],
    )
    expect(read.pageNotes).toEqual(['This note was written on the whole page, not on a passage.'])
    expect(read.highlights).toEqual([
      {
        quote:
          'By the time the last boat is tied up, the harbour has gone quiet, and the only light left is the one on the breakwater.',
        labels: ['Sea', 'night shift'],
        note: 'A lovely opening line, with "quotes", commas | pipes and `code`.\n\nSecond paragraph of the note.',
      },
      {
        quote:
          'The keeper climbs the tower twice a night. Nobody asks him to any more; the lamp has run on its own since 1987.\n\nHe keeps the tide tables in a drawer by the door, in pencil, a habit from his father.',
        labels: [],
        note: '',
      },
      { quote: 'A sentence that the article no longer has.', labels: [], note: '' },
    ])
  })

  it('keeps a quote’s Markdown characters as text, and a line break inside it', () => {
    const read = readHighlightsMarkdown('> a *starred* _word_ and `ticks`\non two lines \n\nnote')
    expect(read.highlights).toEqual([
      { quote: 'a *starred* _word_ and `ticks`\non two lines', labels: [], note: 'note' },
    ])
  })

  it('reads a note that starts with a heading mark as a note, not as labels', () => {
    const read = readHighlightsMarkdown('> quote \n\n# A heading in the note\n\nmore')
    expect(read.highlights[0]).toEqual({
      quote: 'quote',
      labels: [],
      note: '# A heading in the note\n\nmore',
    })
  })

  it('reads labels followed directly by the next highlight', () => {
    const read = readHighlightsMarkdown('> one \n\n#a #b\n\n> two \n\n#c')
    expect(read.highlights).toEqual([
      { quote: 'one', labels: ['a', 'b'], note: '' },
      { quote: 'two', labels: ['c'], note: '' },
    ])
  })

  it('reads a file of page notes only, and an empty file', () => {
    expect(readHighlightsMarkdown('Just a note.\n\n')).toEqual({
      highlights: [],
      pageNotes: ['Just a note.'],
    })
    expect(readHighlightsMarkdown('')).toEqual({ highlights: [], pageNotes: [] })
  })
})
