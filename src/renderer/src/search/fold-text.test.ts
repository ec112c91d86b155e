import { describe, expect, it } from 'vitest'
import { foldText, textTerms, textTokens } from './fold-text'

describe('foldText', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(foldText('Zürich')).toBe('zurich')
    expect(foldText('ÉCOLE Ångström')).toBe('ecole angstrom')
    expect(foldText('ﬁnal')).toBe('final')
  })

  it('keeps Hangul syllables and voiced kana whole, and widens half-width kana', () => {
    expect(foldText('한국어')).toBe('한국어')
    expect(foldText('でガ')).toBe('でガ')
    expect(foldText('ｶﾞ')).toBe('ガ')
  })
})

describe('textTokens', () => {
  it('gives each word with its place in the original text', () => {
    const text = 'Zürich, "Syndrome" 2024'
    const tokens = textTokens(text)
    expect(tokens.map((token) => token.term)).toEqual(['zurich', 'syndrome', '2024'])
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'Zürich',
      'Syndrome',
      '2024',
    ])
  })

  it('keeps a decomposed accent inside its word', () => {
    const text = 'Zu\u0308rich'
    expect(textTokens(text)).toEqual([{ term: 'zurich', start: 0, end: text.length }])
  })

  it('makes each CJK character a word, and keeps Latin runs beside them whole', () => {
    expect(textTerms('東京大学でAI研究')).toEqual(['東', '京', '大', '学', 'で', 'ai', '研', '究'])
  })
})
