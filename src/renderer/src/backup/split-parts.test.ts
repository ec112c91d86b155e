import { describe, expect, it } from 'vitest'
import { splitParts } from './split-parts'

describe('splitParts', () => {
  it('keeps a short text whole', () => {
    expect(splitParts('abc', 3)).toEqual(['abc'])
    expect(splitParts('', 3)).toEqual([''])
  })

  it('cuts a long text into parts that join back to it', () => {
    expect(splitParts('abcdefg', 3)).toEqual(['abc', 'def', 'g'])
  })

  it('never cuts between the halves of a surrogate pair', () => {
    const parts = splitParts('ab😀cd😀', 3)
    expect(parts.join('')).toBe('ab😀cd😀')
    expect(parts).toEqual(['ab', '😀c', 'd😀'])
    for (const part of parts) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
  })
})
