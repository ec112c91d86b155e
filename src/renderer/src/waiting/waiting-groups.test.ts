import { describe, expect, it } from 'vitest'
import type { PendingDocument, PendingImportRecord } from '@renderer/db/database'
import { waitingGroups } from './waiting-groups'

const page: PendingDocument = {
  ...{ source: 'https://example.com/a?utm_source=x', normalizedUrl: 'example.com/a' },
  ...{ title: 'Page A', titleKey: 'page a' },
}
const book: PendingDocument = { source: '', normalizedUrl: '', title: 'A Book', titleKey: 'book' }

function highlight(id: string, document: PendingDocument): PendingImportRecord {
  return {
    ...{ id, document, importedAt: 1 },
    item: {
      kind: 'highlight',
      candidate: {
        ...{ id, color: 'blue', note: `why ${id}`, tags: ['x'], createdAt: 0, updatedAt: 0 },
        target: { quote: { exact: `quote ${id}`, prefix: '', suffix: '' }, position: null },
      },
    },
  }
}

describe('waiting highlights grouped by page', () => {
  it('keeps one group per page, with its quotes, notes and address, first imported first', () => {
    const note: PendingImportRecord = {
      ...{ id: 'n', document: { ...page, source: 'http://www.example.com/a/' }, importedAt: 2 },
      item: { kind: 'page-note', pageNote: { note: 'On A', tags: [], createdAt: 0, reply: true } },
    }
    const groups = waitingGroups([
      highlight('1', page),
      highlight('2', book),
      note,
      highlight('3', page),
    ])
    expect(groups.map((g) => [g.name, g.source, g.ids])).toEqual([
      ['Page A', 'https://example.com/a?utm_source=x', ['1', 'n', '3']],
      ['A Book', '', ['2']],
    ])
    expect(groups[0].highlights).toEqual([
      { id: '1', quote: 'quote 1', note: 'why 1', tags: ['x'], color: 'blue' },
      { id: '3', quote: 'quote 3', note: 'why 3', tags: ['x'], color: 'blue' },
    ])
    expect(groups[0].pageNotes).toEqual([{ id: 'n', note: 'On A', reply: true }])
  })

  it('names a page by its address when the file gave no title', () => {
    const untitled = { ...page, title: '', titleKey: '' }
    expect(waitingGroups([highlight('1', untitled)])[0].name).toBe(page.source)
  })
})
