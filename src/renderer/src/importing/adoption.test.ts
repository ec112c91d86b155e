import { describe, expect, it } from 'vitest'
import type { PendingDocument, PendingImportRecord } from '@renderer/db/database'
import { writeImport } from '@renderer/db/import-annotations'
import { addArticle } from '@renderer/db/library-writes'
import { findPendingFor, listPendingImports } from '@renderer/db/pending-imports'
import { openTestDatabase, testArticle } from '@renderer/db/test-articles'
import { adoptedNotice, planAdoption } from './adoption'
import { titleKey } from './routing/document-keys'

const at = { images: new Map<string, Blob>(), origin: 'file' as const, addedAt: 1 }

function document(source: string, normalizedUrl: string, title: string): PendingDocument {
  return { source, normalizedUrl, title, titleKey: titleKey(title) }
}

function waitingHighlight(id: string, on: PendingDocument, exact: string): PendingImportRecord {
  return {
    id,
    document: on,
    importedAt: 2,
    item: {
      kind: 'highlight',
      candidate: {
        ...{ id, color: 'pink', note: `note ${id}`, tags: ['t'], createdAt: 3, updatedAt: 4 },
        target: { quote: { exact, prefix: '', suffix: '' }, position: null },
      },
    },
  }
}

describe('highlights waiting for their article', () => {
  it('find it when it is added, by address or by title, and move onto it in one write', async () => {
    const db = await openTestDatabase()
    const article = testArticle('later', 'Later story', { url: 'https://www.example.com/later/' })
    const byUrl = document('https://example.com/later', 'example.com/later', 'Another title')
    const byTitle = document('', '', 'later story!')
    const elsewhere = document('https://example.com/other', 'example.com/other', 'Later story')
    await db.pendingImports.bulkAdd([
      waitingHighlight('u1', byUrl, 'A paragraph about'),
      waitingHighlight('t1', byTitle, 'written for later'),
      waitingHighlight('lost', byUrl, 'A sentence it never had'),
      // Another address: another page, though the titles agree.
      waitingHighlight('o1', elsewhere, 'A paragraph'),
      {
        id: 'page-note:1',
        document: byUrl,
        importedAt: 2,
        item: {
          kind: 'page-note',
          pageNote: { note: 'On the page', tags: [], createdAt: 0, reply: false },
        },
      },
    ])
    await addArticle(db, { ...at, article })

    const waiting = await findPendingFor(db, {
      normalizedUrl: 'example.com/later',
      titleKey: titleKey(article.title),
    })
    expect(waiting.map((row) => row.id).sort()).toEqual(['lost', 'page-note:1', 't1', 'u1'])
    const adoption = await planAdoption(article, waiting, new Set(), '')
    expect(adoption.highlights).toBe(3)
    const written = await writeImport(db, adoption.write)
    expect(written.added.sort()).toEqual(['lost', 't1', 'u1'])

    const stored = await db.annotations.orderBy('id').toArray()
    expect(stored.map((row) => [row.id, row.articleId, row.color, row.note])).toEqual([
      ['lost', 'later', 'pink', 'note lost'],
      ['t1', 'later', 'pink', 'note t1'],
      ['u1', 'later', 'pink', 'note u1'],
    ])
    const u1 = stored.find((row) => row.id === 'u1')!
    expect(article.text.slice(u1.target.position.start, u1.target.position.end)).toBe(
      'A paragraph about',
    )
    expect((await db.articleNotes.get('later'))?.note).toMatch(
      /^\*\*Page note\*\*.*\n\nOn the page$/,
    )
    expect((await listPendingImports(db)).map((row) => row.id)).toEqual(['o1'])
    expect(adoptedNotice(3)).toBe('3 highlights from an import found their article')
    expect(adoptedNotice(1)).toBe('1 highlight from an import found its article')
  })
})
