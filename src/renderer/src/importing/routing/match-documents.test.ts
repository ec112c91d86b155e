import { describe, expect, it } from 'vitest'
import type { ImportCandidate, ImportDocument } from '@renderer/importing/formats/types'
import { groupByDocument } from './document-groups'
import { titleKey } from './document-keys'
import { matchDocuments, wantedKeys, type LibraryArticleRef } from './match-documents'

function candidate(id: string): ImportCandidate {
  return {
    ...{ id, color: 'yellow', note: '', tags: [], createdAt: 0, updatedAt: 0 },
    target: { quote: { exact: id, prefix: '', suffix: '' }, position: null },
  }
}

/** A batch with one candidate per document given, named a, b, c… */
function batch(...documents: ImportDocument[]) {
  const annotations = documents.map((_, i) => candidate(String.fromCharCode(97 + i)))
  return {
    annotations,
    pageNotes: [],
    documents: new Map(annotations.map((a, i) => [a.id, documents[i]])),
  }
}

const ref = (id: string, title = id, trashed = false, normalizedUrl = ''): LibraryArticleRef => ({
  id,
  title,
  trashed,
  normalizedUrl,
})
const NONE = { byId: new Map(), byUrl: new Map(), byTitle: new Map() }

describe('grouping a file by document', () => {
  it('keeps one group per page, however its address was written, first seen first', () => {
    const groups = groupByDocument({
      ...batch(
        { source: 'https://www.example.com/story/', title: 'Story' },
        { source: '', title: 'A Book' },
        { source: 'http://example.com/story?utm_source=x#top', title: 'Story' },
        { source: '', title: 'a book!' },
      ),
      pageNotes: [
        {
          ...{ note: 'On the page', tags: [], createdAt: 0, reply: false },
          document: { source: 'https://example.com/story', title: '' },
        },
      ],
    })
    expect(
      groups.map((g) => [g.normalizedUrl, g.titleKey, g.annotations.map((a) => a.id)]),
    ).toEqual([
      ['example.com/story', 'story', ['a', 'c']],
      ['', 'book', ['b', 'd']],
    ])
    expect(groups[0].pageNotes.map((n) => n.note)).toEqual(['On the page'])
  })

  it('reads the article id a Gloss export names', () => {
    const [group] = groupByDocument(batch({ source: 'urn:gloss:article:a%2Fb', title: '' }))
    expect(group.articleId).toBe('a/b')
    expect(wantedKeys([group])).toEqual({ ids: ['a/b'], urls: [], titleKeys: [] })
  })
})

describe('matching documents to library articles', () => {
  it('goes by id, then address, then a title only one article has', () => {
    const groups = groupByDocument(
      batch(
        { source: 'urn:gloss:article:x', title: 'Wrong title' },
        { source: 'https://example.com/story', title: 'Other' },
        { source: '', title: 'The Unique Title' },
        { source: '', title: 'Shared title' },
        { source: 'https://example.com/missing', title: '' },
      ),
    )
    const matches = matchDocuments(groups, {
      byId: new Map([['x', ref('x')]]),
      byUrl: new Map([['example.com/story', [ref('trashed', 'T', true), ref('story')]]]),
      byTitle: new Map([
        [titleKey('unique title'), [ref('unique')]],
        [titleKey('Shared title'), [ref('one'), ref('two')]],
      ]),
    })
    expect(matches.map((m) => [m.article?.id ?? null, m.reason])).toEqual([
      ['x', 'id'],
      ['story', 'url'],
      ['unique', 'title'],
      [null, null],
      [null, null],
    ])
  })

  it('never matches by title two pages whose addresses differ', () => {
    const groups = groupByDocument(batch({ source: 'https://example.com/b', title: 'Story' }))
    const byTitle = new Map([[titleKey('Story'), [ref('a', 'Story', false, 'example.com/a')]]])
    expect(matchDocuments(groups, { ...NONE, byTitle })[0].article).toBeNull()
    const noAddress = new Map([[titleKey('Story'), [ref('pasted', 'Story')]]])
    expect(matchDocuments(groups, { ...NONE, byTitle: noAddress })[0].article?.id).toBe('pasted')
  })

  it('matches an article in the Trash when it is the only one under the address', () => {
    const groups = groupByDocument(batch({ source: 'https://example.com/gone', title: '' }))
    const [match] = matchDocuments(groups, {
      ...NONE,
      byUrl: new Map([['example.com/gone', [ref('gone', 'Gone', true)]]]),
    })
    expect(match.article).toEqual(ref('gone', 'Gone', true))
  })

  it('from the reader, sends a file on one unknown document to the open article', () => {
    const open = ref('open', 'Open article')
    const one = groupByDocument(batch({ source: 'https://example.com/saved-elsewhere', title: '' }))
    expect(matchDocuments(one, NONE, open)).toMatchObject([
      { article: open, reason: 'open-article' },
    ])
    // Without an open article (the library view) it waits.
    expect(matchDocuments(one, NONE)).toMatchObject([{ article: null, reason: null }])
  })

  it('from the reader, still routes a file on several documents by what they say', () => {
    const open = ref('open')
    const groups = groupByDocument(
      batch({ source: '', title: 'Known' }, { source: '', title: 'Unknown' }),
    )
    const lookups = { ...NONE, byTitle: new Map([[titleKey('Known'), [ref('known')]]]) }
    expect(matchDocuments(groups, lookups, open).map((m) => m.article?.id ?? null)).toEqual([
      'known',
      null,
    ])
    // A file on one document that does match goes to its article, not the open one.
    const one = groupByDocument(batch({ source: '', title: 'Known' }))
    expect(matchDocuments(one, lookups, open)[0]).toMatchObject({ reason: 'title' })
  })
})
