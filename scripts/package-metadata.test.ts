import { describe, expect, it } from 'vitest'
import { missingDebFields } from './package-metadata'

describe('missingDebFields', () => {
  it('asks for a web homepage and an author with a name and an email', () => {
    expect(missingDebFields({})).toEqual(['homepage', 'author.name', 'author.email'])
    expect(missingDebFields({ homepage: 'gloss', author: 'Gloss' })).toEqual([
      'homepage',
      'author.email',
    ])
    expect(
      missingDebFields({ homepage: 'https://example.org/gloss', author: { name: 'A' } }),
    ).toEqual(['author.email'])
  })

  it('accepts both ways npm writes an author', () => {
    const homepage = 'https://example.org/gloss'
    expect(
      missingDebFields({ homepage, author: 'Ada Reader <ada@example.org> (https://x)' }),
    ).toEqual([])
    expect(
      missingDebFields({ homepage, author: { name: 'Ada', email: 'ada@example.org' } }),
    ).toEqual([])
  })
})
