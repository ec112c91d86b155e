import { describe, expect, it } from 'vitest'
import { addTags, MAX_TAG_LENGTH, normalizeTag, removeTag } from './tags'

describe('tags', () => {
  it('stores a typed tag without #, surrounding space or inner spaces', () => {
    expect(normalizeTag('  #Foreign policy ')).toBe('Foreign-policy')
    expect(normalizeTag('##')).toBeNull()
    expect(normalizeTag('   ')).toBeNull()
    expect(normalizeTag('e\u0301')).toBe('\u00e9')
    expect(normalizeTag('x'.repeat(100))).toHaveLength(MAX_TAG_LENGTH)
  })

  it('adds several comma-separated tags, each once whatever its case', () => {
    expect(addTags(['syria'], 'Russia, SYRIA, , #iran')).toEqual(['syria', 'Russia', 'iran'])
  })

  it('keeps a hostile tag as plain text', () => {
    expect(addTags([], '<img src=x onerror=alert(1)>')).toEqual(['<img-src=x-onerror=alert(1)>'])
  })

  it('removes one tag', () => {
    expect(removeTag(['a', 'b'], 'a')).toEqual(['b'])
  })
})
