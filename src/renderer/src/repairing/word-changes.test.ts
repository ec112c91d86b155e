// The word-level difference between a lost quote and a place: words kept, removed and inserted,
// whitespace and paragraph breaks not counted as changes.
import { describe, expect, it } from 'vitest'
import { keptWordShare, wordChanges } from './word-changes'

describe('wordChanges', () => {
  it('marks the words the place lacks as removed and those it adds as inserted', () => {
    expect(
      wordChanges('The motherland is proud of you', 'The motherland is grateful to you'),
    ).toEqual([
      { kind: 'same', text: 'The motherland is ' },
      { kind: 'removed', text: 'proud of' },
      { kind: 'inserted', text: 'grateful to' },
      { kind: 'same', text: ' you' },
    ])
  })

  it('compares whitespace runs, non-breaking spaces and paragraph breaks as one space', () => {
    expect(wordChanges('a\u00a0quiet  harbour town', 'a quiet\n\nharbour town')).toEqual([
      { kind: 'same', text: 'a quiet harbour town' },
    ])
  })
})

describe('keptWordShare', () => {
  it('counts the quote’s words kept, punctuation aside', () => {
    expect(keptWordShare(wordChanges('one two, three four', 'one two. three five six'))).toBe(0.75)
    expect(keptWordShare(wordChanges('one two', 'three four'))).toBe(0)
    expect(keptWordShare(wordChanges('', 'three four'))).toBe(0)
  })
})
