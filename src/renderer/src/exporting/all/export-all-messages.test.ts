import { describe, expect, it } from 'vitest'
import { exportedSentence, folderSentence, someNames } from './export-all-messages'

describe('what Export all says', () => {
  it('counts articles and highlights', () => {
    expect(exportedSentence(500, 10_000)).toBe('Exported 500 articles with 10,000 highlights')
    expect(exportedSentence(1, 1)).toBe('Exported 1 article with 1 highlight')
  })

  it('names a few files, then how many more', () => {
    expect(someNames(['a.md'])).toBe('“a.md”')
    expect(someNames(['a.md', 'b.md', 'c.md', 'd.md', 'e.md'])).toBe(
      '“a.md”, “b.md”, “c.md” and 2 others',
    )
  })

  it('says what a folder write left as it was, and why', () => {
    expect(
      folderSentence('Vault', {
        status: 'written',
        written: 3,
        unchanged: 2,
        kept: ['Mine.md'],
        skipped: [{ name: 'Link.md', reason: 'It is a link, which Gloss does not write through.' }],
      }),
    ).toBe(
      'into “Vault”. 2 files were already up to date. Kept your changes to “Mine.md”. ' +
        'Did not write “Link.md”: It is a link, which Gloss does not write through.',
    )
  })
})
