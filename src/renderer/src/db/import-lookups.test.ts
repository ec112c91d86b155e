import { describe, expect, it } from 'vitest'
import { titleKey } from '@renderer/importing/routing/document-keys'
import { readLibraryLookups } from './import-lookups'
import { moveToTrash } from './library-trash'
import { addArticle } from './library-writes'
import { openTestDatabase, testArticle } from './test-articles'

const at = { images: new Map<string, Blob>(), origin: 'file' as const, addedAt: 1 }

describe('reading the library articles an import could be on', () => {
  it('finds them by id, by normalised address and by title key', async () => {
    const db = await openTestDatabase()
    const articles = [
      testArticle('a', 'The Café Review', { url: 'https://www.example.com/cafe/' }),
      testArticle('b', 'Second story'),
      testArticle('c', 'Twice'),
      testArticle('d', 'twice!'),
    ]
    for (const article of articles) await addArticle(db, { ...at, article })
    await moveToTrash(db, 'b', 5)
    const lookups = await readLibraryLookups(db, {
      ids: ['b', 'missing'],
      urls: ['example.com/cafe'],
      titleKeys: [titleKey('“Cafe Review”'), titleKey('Twice'), titleKey('Nothing')],
    })
    expect([...lookups.byId]).toEqual([
      ['b', { id: 'b', title: 'Second story', trashed: true, normalizedUrl: '' }],
    ])
    expect(lookups.byUrl.get('example.com/cafe')).toEqual([
      { id: 'a', title: 'The Café Review', trashed: false, normalizedUrl: 'example.com/cafe' },
    ])
    expect(lookups.byTitle.get(titleKey('the cafe review'))?.map((r) => r.id)).toEqual(['a'])
    expect(
      lookups.byTitle
        .get(titleKey('Twice'))
        ?.map((r) => r.id)
        .sort(),
    ).toEqual(['c', 'd'])
    expect(lookups.byTitle.has(titleKey('Nothing'))).toBe(false)
  })
})
