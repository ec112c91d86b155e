import { describe, expect, it } from 'vitest'
import type { ImportBatch, ImportCandidate } from '@renderer/importing/formats/types'
import { planLibraryImport, type PlanReads } from './library-plan'
import { titleKey } from './routing/document-keys'
import type { LibraryArticleRef } from './routing/match-documents'

const TEXTS: Record<string, string> = {
  one: 'The first article has a passage.',
  two: 'The second article has another passage.',
  three: 'The third article has a third passage.',
}

function candidate(id: string, exact: string): ImportCandidate {
  return {
    ...{ id, color: 'yellow', note: '', tags: [], createdAt: 0, updatedAt: 0 },
    target: { quote: { exact, prefix: '', suffix: '' }, position: null },
  }
}

/** One highlight on each title given, by title only (as a Readwise CSV names them). */
function batch(...on: [title: string, exact: string][]): ImportBatch {
  const annotations = on.map(([, exact], i) => candidate(`c${i}`, exact))
  return {
    annotations,
    pageNotes: [],
    sources: [],
    documents: new Map(annotations.map((a, i) => [a.id, { source: '', title: on[i][0] }])),
  }
}

const ref = (id: string): LibraryArticleRef => ({
  id,
  title: id,
  trashed: false,
  normalizedUrl: '',
})

function reads(unreadable: ReadonlySet<string> = new Set()): PlanReads {
  return {
    lookups: () =>
      Promise.resolve({
        byId: new Map(),
        byUrl: new Map(),
        byTitle: new Map(Object.keys(TEXTS).map((id) => [titleKey(id), [ref(id)]])),
      }),
    articleText: (id) => Promise.resolve(unreadable.has(id) ? undefined : TEXTS[id]),
    highlightedOn: () => Promise.resolve(() => false),
    articleNote: () => Promise.resolve(''),
    storedIds: () => Promise.resolve(new Set()),
    waitingIds: () => Promise.resolve(new Set(['c3'])),
  }
}

describe('one plan over the library', () => {
  it('anchors each article in turn, saying how far it is', async () => {
    const progress: [number, number][] = []
    const plan = await planLibraryImport(
      batch(['one', 'a passage'], ['two', 'another passage'], ['three', 'a third passage']),
      reads(),
      { onProgress: (done, total) => progress.push([done, total]) },
    )
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
    expect(plan.articles.map((a) => [a.article.id, a.plan.found.map((f) => f.articleId)])).toEqual([
      ['one', ['one']],
      ['two', ['two']],
      ['three', ['three']],
    ])
    const [found] = plan.articles[1].plan.found
    expect(TEXTS.two.slice(found.target.position.start, found.target.position.end)).toBe(
      'another passage',
    )
  })

  it('stops when cancelled between articles', async () => {
    const check = new AbortController()
    const planning = planLibraryImport(
      batch(['one', 'a passage'], ['two', 'another passage']),
      reads(),
      { signal: check.signal, onProgress: () => check.abort(new Error('closed')) },
    )
    await expect(planning).rejects.toThrow('closed')
  })

  it('keeps waiting what is on an article it cannot read, and leaves out what waits already', async () => {
    const plan = await planLibraryImport(
      batch(
        ['one', 'a passage'],
        ['two', 'another passage'],
        ['elsewhere', 'x'],
        ['elsewhere', 'y'],
      ),
      reads(new Set(['two'])),
    )
    expect(plan.articles.map((a) => a.article.id)).toEqual(['one'])
    expect(
      plan.waiting.map((w) => [
        w.group.document.title,
        w.highlights.map((h) => h.id),
        w.alreadyWaiting,
      ]),
    ).toEqual([
      ['elsewhere', ['c2'], 1],
      ['two', ['c1'], 0],
    ])
  })
})
