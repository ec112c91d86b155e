import { describe, expect, it } from 'vitest'
import { newPageNoteSections, noteWithSections, pageNoteSection } from './page-notes'

const note = (text: string, fields: { tags?: string[]; reply?: boolean } = {}) => ({
  note: text,
  tags: fields.tags ?? [],
  createdAt: Date.UTC(2024, 2, 12, 23, 59),
  reply: fields.reply ?? false,
  document: { source: 'https://example.org/page', title: 'A page' },
})

describe('page notes for the article note', () => {
  it('says what each was and when, with its tags', () => {
    expect(pageNoteSection(note('  Read *this* too.\n', { tags: ['a', 'b c'] }))).toBe(
      '**Page note**, 2024-03-12\n\nRead *this* too.\n\nTags: a, b c',
    )
    expect(pageNoteSection(note('Agreed.', { reply: true }))).toBe(
      '**Reply**, 2024-03-12\n\nAgreed.',
    )
  })

  it('leaves out empty notes, repeats in the file and sections the note holds already', () => {
    const existing = `Mine.\n\n${pageNoteSection(note('Old'))}`
    const sections = newPageNoteSections(
      [note('Old'), note(''), note('New'), note('New'), note('', { tags: ['t'] })],
      existing,
    )
    expect(sections).toEqual([pageNoteSection(note('New')), '**Page note**, 2024-03-12\n\nTags: t'])
  })

  it('puts the sections after the note, a blank line between each', () => {
    expect(noteWithSections('Mine.\n\n\n', ['A', 'B'])).toBe('Mine.\n\nA\n\nB')
    expect(noteWithSections('', ['A'])).toBe('A')
  })
})
