import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import type { ImportPlan } from './import-plan'
import type { ArticleImport, LibraryImportPlan, WaitingDocument } from './library-plan'
import { importOutcome, importSummary, libraryHeadline } from './library-summary'
import { groupByDocument } from './routing/document-groups'

const highlight = { id: 'h' } as Annotation

function articlePlan(id: string, found: number, pageNotes = 0): ArticleImport {
  const plan: ImportPlan = {
    total: found,
    found: Array.from({ length: found }, () => highlight),
    notFound: [],
    alreadyHere: 0,
    pageNotes: Array.from({ length: pageNotes }, (_, i) => `note ${i}`),
  }
  return {
    article: { id, title: `Title ${id}`, trashed: false, normalizedUrl: '' },
    reason: 'url',
    plan,
    articleNote: '',
  }
}

function waitingOn(source: string, n: number): WaitingDocument {
  const annotations = Array.from({ length: n }, (_, i) => ({
    ...{ id: `${source}-${i}`, color: 'yellow' as const, note: '', tags: [] },
    ...{ createdAt: 0, updatedAt: 0 },
    target: { quote: { exact: 'q', prefix: '', suffix: '' }, position: null },
  }))
  const documents = new Map(annotations.map((a) => [a.id, { source, title: '' }]))
  const [group] = groupByDocument({ annotations, pageNotes: [], documents })
  return { group, highlights: group.annotations, alreadyWaiting: 0 }
}

function plan(
  articles: ArticleImport[],
  waiting: WaitingDocument[],
  openArticleId: string | null = null,
): LibraryImportPlan {
  const highlights =
    articles.reduce((n, a) => n + a.plan.total, 0) +
    waiting.reduce((n, w) => n + w.highlights.length, 0)
  return { highlights, openArticleId, articles, waiting }
}

describe('an import plan in words', () => {
  it('says how many highlights are on how many articles, and how many of those are here', () => {
    const across = plan(
      [articlePlan('a', 20), articlePlan('b', 10), articlePlan('c', 2)],
      [waitingOn('https://x.example/', 3), waitingOn('https://y.example/', 2)],
    )
    expect(libraryHeadline(across)).toBe(
      '37 highlights on 5 articles: 3 articles are in your library, 2 are not',
    )
    expect(importOutcome(across, true)).toBe(
      'Import adds 32 annotations to your library, and keeps 5 under “Not in your library” until their article is added.',
    )
    expect(libraryHeadline(plan([articlePlan('a', 1)], []))).toBe(
      '1 highlight on 1 article: it is in your library',
    )
  })

  it('reads as the reader’s import when the file is all for the open article', () => {
    const open = plan([articlePlan('a', 4, 2)], [], 'a')
    expect(importSummary(open)).toBe(
      '4 annotations: 4 new; 2 page notes and replies for the article’s note',
    )
    expect(importOutcome(open, true)).toBe(
      'Import adds 4 annotations to this article and 2 page notes to its note.',
    )
  })

  it('names the article when the file is all for one that is not open', () => {
    const other = plan([articlePlan('b', 3)], [])
    expect(importSummary(other)).toBe('3 highlights on 1 article: it is in your library')
    expect(importOutcome(other, true)).toBe('Import adds 3 annotations to “Title b”.')
    expect(importOutcome(plan([articlePlan('b', 0, 1)], []), true)).toBe(
      'Import adds 1 page note to the note of “Title b”.',
    )
    expect(importOutcome(plan([articlePlan('b', 0)], []), true)).toBe(
      'There is nothing new to import.',
    )
  })
})
