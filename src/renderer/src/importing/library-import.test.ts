import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addArticle } from '@renderer/db/library-writes'
import { moveToTrash } from '@renderer/db/library-trash'
import { testArticle } from '@renderer/db/test-articles'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { useHistoryStore } from '@renderer/stores/history'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { recordWriteTransactions, startImportApp } from './flow-test-app'
import { articleLine, importSummary, waitingLine } from './library-summary'
import LibraryImportAction from './LibraryImportAction.vue'
import { useAnnotationImport } from './useAnnotationImport'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
  host.reset()
  vi.restoreAllMocks()
})

const SIDEBAR_EXPORT = readFileSync(
  join(__dirname, '../../../../fixtures/import/hypothesis/sidebar-export.json'),
  'utf8',
)

/** A Hypothesis API search response with one highlight on each page given. */
function searchResponse(pages: readonly { uri: string; title: string; exact: string }[]): string {
  const rows = pages.map(({ uri, title, exact }, i) => ({
    ...{ id: `hypothesis-${i}`, created: '2024-06-01T09:00:00.000Z', uri, text: `note ${i}` },
    target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact }] }],
    document: { title: [title] },
  }))
  return JSON.stringify({ total: rows.length, rows })
}

const at = { images: new Map<string, Blob>(), origin: 'file' as const, addedAt: 1 }

describe('importing from the library view', () => {
  it('keeps a file on one unknown page waiting: no article is open to take it', async () => {
    const app = await startImportApp()
    const flow = useAnnotationImport({ reader: false })
    host.willOpen('export.json', SIDEBAR_EXPORT)
    await flow.start()
    const plan = flow.plan.value!
    expect(plan.articles).toEqual([])
    expect(importSummary(plan)).toBe('2 highlights on 1 article: it is not in your library')
    expect(waitingLine(plan.waiting[0])).toBe(
      'Putin orders Russian troops out of Syria | CBC News: 2 highlights will wait, 2 page notes',
    )
    await flow.confirm(true)
    expect(await app.rows()).toEqual([])
    expect(await app.db.pendingImports.count()).toBe(4)
  })

  it('writes the highlights of every article, and what waits, in one strict transaction; undo takes all back', async () => {
    const app = await startImportApp()
    await addArticle(app.db, {
      ...at,
      article: testArticle('essay', 'An essay', { url: 'https://essays.example/one' }),
    })
    await addArticle(app.db, { ...at, article: testArticle('binned', 'Binned') })
    await moveToTrash(app.db, 'binned', 5)
    const flow = useAnnotationImport({ reader: false })
    host.willOpen(
      'search.json',
      searchResponse([
        {
          uri: 'https://cbc.example/x',
          title: 'Putin orders Russian troops out of Syria',
          exact: 'Tartous',
        },
        {
          uri: 'http://www.essays.example/one/',
          title: 'Elsewhere',
          exact: 'A paragraph about An essay',
        },
        { uri: '', title: 'Binned', exact: 'written for binned' },
        { uri: 'https://unknown.example/', title: 'Unknown', exact: 'Anything' },
      ]),
    )
    await flow.start()
    const plan = flow.plan.value!
    expect(importSummary(plan)).toBe(
      '4 highlights on 4 articles: 3 articles are in your library, 1 is not',
    )
    expect(plan.articles.map((entry) => [entry.article.id, entry.reason])).toEqual([
      [app.articleId, 'title'],
      ['essay', 'url'],
      ['binned', 'title'],
    ])
    expect(articleLine(plan.articles[2])).toBe('Binned (in the Trash): 1 annotation: 1 new')

    const writes = recordWriteTransactions()
    await flow.confirm(true)
    expect(writes).toEqual([
      { stores: ['annotations', 'articleNotes', 'pendingImports'], durability: 'strict' },
    ])
    const rows = await app.rows()
    expect(rows.map((row) => row.articleId).sort()).toEqual(
      ['binned', 'essay', app.articleId].sort(),
    )
    expect(await app.db.pendingImports.count()).toBe(1)
    expect(useAnnotationViewStore().notice?.message).toBe(
      'Imported 3 annotations on 3 articles; 1 waits under “Not in your library”',
    )

    expect(await useHistoryStore().undo()).not.toBeNull()
    expect(await app.rows()).toEqual([])
    expect(await app.db.pendingImports.count()).toBe(0)
  })

  it('starts from File > Import annotations… while the library shows', async () => {
    mounted = await mountComponent(LibraryImportAction)
    host.sendMenuCommand('import-annotations')
    await vi.waitFor(() => expect(host.openRequests).toEqual([{ purpose: 'annotations' }]))
  })
})
