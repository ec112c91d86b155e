import { describe, expect, it } from 'vitest'
import { MAX_FILE_PARTS } from '@shared/host'
import { fileParts } from './file-parts'

describe('fileParts', () => {
  it('keeps a short text whole, and an empty one as one empty part', () => {
    expect(fileParts('abc', 10)).toEqual(['abc'])
    expect(fileParts('', 10)).toEqual([''])
  })

  it('cuts a long text into parts that join back to it', () => {
    const text = 'abcdefghij'.repeat(3)
    const parts = fileParts(text, 8)!
    expect(parts.every((part) => part.length <= 8)).toBe(true)
    expect(parts.join('')).toBe(text)
  })

  it('never cuts an emoji in half', () => {
    const text = `abc\u{1F469}def`
    const parts = fileParts(text, 4)!
    expect(parts).toEqual(['abc', '\u{1F469}de', 'f'])
    expect(parts.join('')).toBe(text)
  })

  it('refuses a text that needs more parts than the host takes', () => {
    expect(fileParts('x'.repeat(MAX_FILE_PARTS * 2 + 1), 2)).toBeNull()
    expect(fileParts('x'.repeat(MAX_FILE_PARTS * 2), 2)).toHaveLength(MAX_FILE_PARTS)
  })
})
