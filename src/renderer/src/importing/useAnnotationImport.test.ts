import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { fail } from '@shared/result'
import { toWebAnnotation } from '@renderer/exporting/formats/json-ld'
import { readingOrder } from '@renderer/exporting/formats/reading-order'
import type { ExportInput } from '@renderer/exporting/formats/types'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { host } from '@renderer/testing/fake-host'
import { seedArticle } from '@renderer/testing/seed-article'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useHistoryStore } from '@renderer/stores/history'
import { recordWriteTransactions, startImportApp } from './flow-test-app'
import { MAX_NOTE_CHARS } from './formats/limits'
import { planSummary } from './import-plan'
import { importSummary } from './library-summary'

const HYPOTHESIS_FIXTURES = join(__dirname, '../../../../fixtures/import/hypothesis')
const READWISE_EXPORT = readFileSync(
  join(__dirname, '../../../../fixtures/import/readwise/readwise-export.csv'),
  'utf8',
)

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => {
  host.reset()
  vi.restoreAllMocks()
})

const article = seedArticle()
const PRIDE = 'The motherland is proud of you'
const IDS = {
  kept: '00000000-0000-4000-8000-000000000001',
  fresh: '00000000-0000-4000-8000-000000000002',
  lost: '00000000-0000-4000-8000-000000000003',
}

function glossAnnotation(id: string, target: Annotation['target'], note = ''): Annotation {
  return {
    ...{ id, articleId: article.id, color: 'green', note, tags: ['russia'] },
    ...{ createdAt: Date.UTC(2024, 4, 1), updatedAt: Date.UTC(2024, 4, 2), target },
  }
}

/** An annotation as Gloss exports it. */
function exported(annotation: Annotation): unknown {
  const input: ExportInput = {
    article,
    annotations: readingOrder(article, [annotation]),
    exportedAt: new Date(),
    options: { includeNotes: true, includeTags: true },
  }
  return toWebAnnotation(input.annotations[0], input)
}

/** An annotation as Hypothesis exports it: its own id, a page URL, a quote and no position. */
function hypothesis(id: string, exact: string, text: string): unknown {
  const start = article.text.indexOf(exact)
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `https://hypothes.is/a/${id}`,
    type: 'Annotation',
    created: '2024-06-01T09:00:00.000Z',
    body: [{ type: 'TextualBody', value: text }],
    target: [
      {
        source: 'https://example.com/putin-syria',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: article.text.slice(start - 20, start),
            suffix: article.text.slice(start + exact.length, start + exact.length + 20),
          },
        ],
      },
    ],
  }
}

/** Five annotations: one stored already, one on a passage already highlighted, two new, one lost. */
function mixedFile(): string {
  return JSON.stringify([
    exported(glossAnnotation(IDS.kept, seedTarget(PRIDE, 2))),
    exported(glossAnnotation(IDS.fresh, seedTarget('Hmeymim air base'), 'The **Russian** base')),
    exported(
      glossAnnotation(IDS.lost, {
        quote: { exact: 'A sentence this article never had', prefix: '', suffix: '' },
        position: { start: 40, end: 74 },
      }),
    ),
    hypothesis('h-already', 'Tartous', 'Naval base, already highlighted'),
    hypothesis('h-new', 'Declaring a victory over ISIS in Syria', 'Victory, again'),
  ])
}

async function appWithTwoHighlights() {
  const app = await startImportApp()
  // The article is in the library under the address the Hypothesis annotations name.
  await app.db.articles.update(app.articleId, {
    url: 'https://example.com/putin-syria',
    normalizedUrl: 'example.com/putin-syria',
  })
  await app.store.create(seedTarget(PRIDE, 2), 'yellow')
  await app.store.create(seedTarget('Tartous'), 'blue')
  // Give the stored highlight of the pull quote the id the file has for it.
  const pride = (await app.rows()).find((row) => row.target.quote.exact === PRIDE)!
  await app.db.annotations.delete(pride.id)
  await app.db.annotations.add({ ...pride, id: IDS.kept })
  await vi.waitFor(() =>
    expect(app.store.lookup.inOrder.map((placed) => placed.annotation.id)).toContain(IDS.kept),
  )
  return app
}

describe('import flow', () => {
  it('says what a file will do: new, already here (by id or by passage), not found', async () => {
    const app = await appWithTwoHighlights()
    host.willOpen('notes.jsonld', mixedFile())
    await app.flow.start()
    expect(host.openRequests).toEqual([{ purpose: 'annotations' }])
    expect(app.flow.phase.value).toBe('confirming')
    expect(app.flow.fileName.value).toBe('notes.jsonld')
    const plan = app.flow.plan.value!.articles[0].plan
    expect(plan.total).toBe(5)
    expect(plan.alreadyHere).toBe(2)
    expect(plan.found.map((a) => a.target.quote.exact)).toEqual([
      'Hmeymim air base',
      'Declaring a victory over ISIS in Syria',
    ])
    expect(plan.notFound.map((a) => a.id)).toEqual([IDS.lost])
    // Every imported annotation joins this article; a file without positions gets the passage found.
    expect(plan.found.every((a) => a.articleId === app.articleId)).toBe(true)
    expect(plan.found[1].target).toEqual(seedTarget('Declaring a victory over ISIS in Syria'))
    expect(app.flow.error.value).toBeNull()
  })

  it('never stores offsets past the article: their passage is found by its quote alone', async () => {
    const app = await startImportApp()
    const beyond = { start: Number.MAX_SAFE_INTEGER - 5, end: Number.MAX_SAFE_INTEGER }
    const { quote } = seedTarget('Hmeymim air base')
    const lostQuote = { exact: 'A sentence this article never had', prefix: '', suffix: '' }
    host.willOpen(
      'far.jsonld',
      JSON.stringify([
        exported(glossAnnotation(IDS.fresh, { quote, position: beyond })),
        exported(glossAnnotation(IDS.lost, { quote: lostQuote, position: beyond })),
      ]),
    )
    await app.flow.start()
    const plan = app.flow.plan.value!.articles[0].plan
    expect(plan.found.map((a) => a.target)).toEqual([seedTarget('Hmeymim air base')])
    expect(plan.notFound.map((a) => a.target)).toEqual([
      { quote: lostQuote, position: { start: 0, end: 0 } },
    ])
  })

  it('counts the characters of the file the host could not read as UTF-8', async () => {
    const app = await startImportApp()
    host.willOpen('notes.jsonld', mixedFile(), 3)
    await app.flow.start()
    expect(app.flow.phase.value).toBe('confirming')
    expect(app.flow.unreadable.value).toBe(3)
  })

  it('on confirmation writes every new annotation in one strict transaction, and says so', async () => {
    const app = await appWithTwoHighlights()
    host.willOpen('notes.jsonld', mixedFile())
    await app.flow.start()
    const writes = recordWriteTransactions()
    await app.flow.confirm(true)

    expect(writes).toEqual([
      { stores: ['annotations', 'articleNotes', 'pendingImports'], durability: 'strict' },
    ])
    const rows = await app.rows()
    expect(rows).toHaveLength(5)
    const fresh = rows.find((row) => row.id === IDS.fresh)!
    expect(fresh).toEqual(
      glossAnnotation(IDS.fresh, seedTarget('Hmeymim air base'), 'The **Russian** base'),
    )
    expect(rows.find((row) => row.note === 'Victory, again')?.tags).toEqual([])
    expect(app.flow.phase.value).toBe('idle')
    expect(useAnnotationViewStore().notice?.message).toBe('Imported 3 annotations')
    // The live query brings them to the page: two more anchored, one listed as not found.
    await vi.waitFor(() => expect(app.store.lookup.inOrder).toHaveLength(4))
    expect(app.store.orphaned.map((a) => a.id)).toEqual([IDS.lost])
  })

  it('leaves out the passages not found when the reader unticks them; undo removes the import', async () => {
    const app = await appWithTwoHighlights()
    host.willOpen('notes.jsonld', mixedFile())
    await app.flow.start()
    await app.flow.confirm(false)
    expect(await app.rows()).toHaveLength(4)
    expect(useAnnotationViewStore().notice?.message).toBe('Imported 2 annotations')

    expect(await useHistoryStore().undo()).not.toBeNull()
    expect((await app.rows()).map((row) => row.id)).toContain(IDS.kept)
    expect(await app.rows()).toHaveLength(2)
  })

  it('imports a Hypothesis sidebar export: highlights, and page notes into the article note', async () => {
    const app = await startImportApp()
    const file = readFileSync(join(HYPOTHESIS_FIXTURES, 'sidebar-export.json'), 'utf8')
    host.willOpen('hypothesis-export.json', file)
    await app.flow.start()
    expect(app.flow.phase.value).toBe('confirming')
    // The page's address and title match no library article: the reader chose the file for
    // the open one, so it goes there.
    expect(app.flow.plan.value!.articles[0]).toMatchObject({
      article: { id: app.articleId },
      reason: 'open-article',
    })
    const plan = app.flow.plan.value!.articles[0].plan
    expect(planSummary(plan)).toBe(
      '2 annotations: 2 new; 2 page notes and replies for the article’s note',
    )
    expect(plan.found.map((a) => a.target)).toEqual([
      seedTarget(
        "Putin made the announcement during a surprise visit to\u00a0Russia's Hmeymim airbase",
      ),
      seedTarget('Various international forces have made claims of defeating ISIS'),
    ])
    await app.flow.confirm(true)
    expect(await app.rows()).toHaveLength(2)
    const note = (await app.db.articleNotes.get(app.articleId))!.note
    expect(note).toBe(
      [
        '**Page note**, 2024-03-12',
        'Read alongside the Reuters report from the same day.',
        'Tags: follow-up',
        '**Reply**, 2024-03-13',
        'The 2015 one was in March, too.',
      ].join('\n\n'),
    )
    expect(useAnnotationViewStore().notice?.message).toBe(
      'Imported 2 annotations, and page notes into the article’s note',
    )

    // The same file again adds nothing: the passages are highlighted, the notes are there.
    await vi.waitFor(() => expect(app.store.annotations).toHaveLength(2))
    host.willOpen('hypothesis-export.json', file)
    await app.flow.start()
    expect(importSummary(app.flow.plan.value!)).toBe('2 annotations: 0 new, 2 already here')
    app.flow.close()

    expect(await useHistoryStore().undo()).not.toBeNull()
    expect(await app.rows()).toEqual([])
    expect(await app.db.articleNotes.get(app.articleId)).toBeUndefined()
  })

  it('imports the rows of a Readwise CSV export on this article, and keeps the others waiting', async () => {
    const app = await startImportApp()
    host.willOpen('readwise-export.csv', READWISE_EXPORT)
    await app.flow.start()
    expect(app.flow.phase.value).toBe('confirming')
    expect(importSummary(app.flow.plan.value!)).toBe(
      '7 highlights on 3 articles: 1 article is in your library, 2 are not',
    )
    const [onArticle] = app.flow.plan.value!.articles
    expect(onArticle).toMatchObject({ reason: 'title', article: { id: app.articleId } })
    const plan = onArticle.plan
    expect(planSummary(plan)).toBe('4 annotations: 4 new')
    const passages = [
      "Putin made the announcement during a surprise visit to\u00a0Russia's Hmeymim airbase",
      'Russia launched its air campaign in Syria at the end of September\u00a02015',
      '"Friends, the motherland is waiting for you," Putin said.',
      'addressed\u00a0Russian military service personnel.\u00a0\n\nVarious international forces have made claims of defeating ISIS',
    ]
    expect(plan.found.map((a) => a.target)).toEqual(passages.map((p) => seedTarget(p)))
    await app.flow.confirm(true)

    const rows = await app.rows()
    expect(rows).toHaveLength(4)
    const first = rows.find((row) => row.target.quote.exact === passages[0])!
    expect(first).toMatchObject({
      articleId: app.articleId,
      color: 'yellow',
      note: 'Compare with the 2015 "mission accomplished", and the March 2016 one:\nboth were partial.',
      tags: ['russia', 'syria withdrawal'],
      createdAt: Date.parse('2024-03-12T09:15:27Z'),
    })
    expect(rows.map((row) => row.color).sort()).toEqual(['blue', 'pink', 'yellow', 'yellow'])
    expect(useAnnotationViewStore().notice?.message).toBe(
      'Imported 4 annotations; 3 wait under “Not in your library”',
    )
    await vi.waitFor(() => expect(app.store.lookup.inOrder).toHaveLength(4))
    const waiting = await app.db.pendingImports.orderBy('id').toArray()
    expect(waiting.map((row) => row.document.title).sort()).toEqual([
      "Russia's Syria campaign, two years on",
      'The Dispossessed',
      'The Dispossessed',
    ])

    expect(await useHistoryStore().undo()).not.toBeNull()
    expect(await app.rows()).toEqual([])
    expect(await app.db.pendingImports.count()).toBe(0)
  })

  it('imports every row of a Readwise file on one document, whatever its title; a file on others waits', async () => {
    const app = await startImportApp()
    const [header, ...lines] = READWISE_EXPORT.split('\r\n')
    const renamed = lines.map((line) =>
      line.replace('Putin Orders Russian Troops Out of Syria', 'Putin pulls troops | CBC News'),
    )
    // The rows of the first four records: the ones on the article, now under another title.
    host.willOpen('one-article.csv', [header, ...renamed.slice(0, 4)].join('\r\n'))
    await app.flow.start()
    expect(importSummary(app.flow.plan.value!)).toBe('4 annotations: 4 new')
    app.flow.close()

    // Only the rows on other documents: nothing to import, and said so.
    host.willOpen('elsewhere.csv', [header, ...lines.slice(4)].join('\r\n'))
    await app.flow.start()
    expect(importSummary(app.flow.plan.value!)).toBe(
      '3 highlights on 2 articles: none are in your library',
    )
    expect(app.flow.plan.value!.articles).toEqual([])
  })

  it('keeps what the reader wrote in the article note when page notes join it, and on undo', async () => {
    const app = await startImportApp()
    await app.db.articleNotes.put({ articleId: app.articleId, note: 'My own note.', updatedAt: 1 })
    const file = JSON.parse(
      readFileSync(join(HYPOTHESIS_FIXTURES, 'sidebar-export.json'), 'utf8'),
    ) as { annotations: unknown[] }
    host.willOpen(
      'export.json',
      JSON.stringify({ ...file, annotations: file.annotations.slice(2, 3) }),
    )
    await app.flow.start()
    expect(importSummary(app.flow.plan.value!)).toBe('1 page note or reply for the article’s note')
    await app.flow.confirm(true)
    const note = (await app.db.articleNotes.get(app.articleId))!.note
    expect(note.startsWith('My own note.\n\n**Page note**, 2024-03-12')).toBe(true)
    expect(await useHistoryStore().undo()).not.toBeNull()
    expect((await app.db.articleNotes.get(app.articleId))!.note).toBe('My own note.')
  })

  it('keeps the page notes of pages not in the library waiting with their highlights', async () => {
    const app = await startImportApp()
    const file = JSON.parse(
      readFileSync(join(HYPOTHESIS_FIXTURES, 'sidebar-export.json'), 'utf8'),
    ) as { annotations: Record<string, unknown>[] }
    const [highlight, , pageNote] = file.annotations
    const elsewhere = { ...highlight, id: 'other', uri: 'https://example.com/another-page' }
    const rows = [highlight, elsewhere, pageNote]
    host.willOpen('search.json', JSON.stringify({ total: 3, rows }))
    await app.flow.start()
    const plan = app.flow.plan.value!
    expect(plan.articles).toEqual([])
    expect(
      plan.waiting.map((w) => [
        w.group.normalizedUrl,
        w.highlights.length,
        w.group.pageNotes.length,
      ]),
    ).toEqual([
      ['cbc.ca/news/world/putin-syria-withdrawal-1.4445556', 1, 1],
      ['example.com/another-page', 1, 0],
    ])
    await app.flow.confirm(true)
    expect(await app.rows()).toEqual([])
    expect(await app.db.articleNotes.get(app.articleId)).toBeUndefined()
    const kinds = (await app.db.pendingImports.toArray()).map((row) => row.item.kind).sort()
    expect(kinds).toEqual(['highlight', 'highlight', 'page-note'])
  })

  it('refuses page notes that would make the article note longer than a note may be', async () => {
    const app = await startImportApp()
    const long = 'x'.repeat(MAX_NOTE_CHARS - 20)
    await app.db.articleNotes.put({ articleId: app.articleId, note: long, updatedAt: 1 })
    host.willOpen(
      'export.json',
      readFileSync(join(HYPOTHESIS_FIXTURES, 'sidebar-export.json'), 'utf8'),
    )
    await app.flow.start()
    expect(app.flow.phase.value).toBe('refused')
    expect(app.flow.error.value).toMatch(/would be longer than 100,000 characters/)
    expect(await app.rows()).toEqual([])
    expect((await app.db.articleNotes.get(app.articleId))!.note).toBe(long)
  })

  it('never adds a page note twice on redo, when undo left a note typed on since', async () => {
    const app = await startImportApp()
    host.willOpen(
      'export.json',
      readFileSync(join(HYPOTHESIS_FIXTURES, 'sidebar-export.json'), 'utf8'),
    )
    await app.flow.start()
    await app.flow.confirm(true)
    const imported = (await app.db.articleNotes.get(app.articleId))!.note
    await app.db.articleNotes.put({
      ...{ articleId: app.articleId, note: `${imported}\n\nMine.`, updatedAt: 5 },
    })
    const history = useHistoryStore()
    expect(await history.undo()).not.toBeNull()
    expect(await history.redo()).not.toBeNull()
    const note = (await app.db.articleNotes.get(app.articleId))!.note
    expect(note).toBe(`${imported}\n\nMine.`)
  })

  it('writes nothing when the reader cancels', async () => {
    const app = await appWithTwoHighlights()
    const before = await app.rows()
    host.willOpen('notes.jsonld', mixedFile())
    await app.flow.start()
    const writes = recordWriteTransactions()
    app.flow.close()
    expect(app.flow.phase.value).toBe('idle')
    await app.flow.confirm(true)
    expect(writes).toEqual([])
    expect(await app.rows()).toEqual(before)
  })

  it('abandons the check when the reader closes the dialog during it', async () => {
    const app = await appWithTwoHighlights()
    host.willOpen('notes.jsonld', mixedFile())
    const starting = app.flow.start()
    // The check yields to the page (a task) before parsing: close it in between.
    for (let i = 0; i < 50 && app.flow.phase.value !== 'checking'; i++) await Promise.resolve()
    expect(app.flow.phase.value).toBe('checking')
    app.flow.close()
    await starting
    expect(app.flow.phase.value).toBe('idle')
    expect(app.flow.plan.value).toBeNull()
  })

  it('does nothing when the reader cancels the file picker', async () => {
    const app = await startImportApp()
    await app.flow.start()
    expect(host.openRequests).toHaveLength(1)
    expect(app.flow.phase.value).toBe('idle')
  })

  it('keeps every row when the disk fills up midway, and says nothing was imported', async () => {
    const app = await appWithTwoHighlights()
    const before = await app.rows()
    host.willOpen('notes.jsonld', mixedFile())
    await app.flow.start()
    const add = IDBObjectStore.prototype.add
    let adds = 0
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      // The first rows go in; the next finds the disk full.
      if (++adds === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return add.apply(this, args)
    })
    await app.flow.confirm(true)

    expect(adds).toBe(3)
    expect(app.flow.error.value).toBe('Nothing was imported: the disk is full.')
    expect(app.flow.phase.value).toBe('confirming')
    expect(await app.rows()).toEqual(before)
    expect(useAnnotationViewStore().notice).toBeNull()
  })

  it('shows why the host could not open the file', async () => {
    const app = await startImportApp()
    host.openResults.push(
      fail('too-large', '"huge.json" is 40.0 MB; Gloss opens files up to 32.0 MB.'),
    )
    await app.flow.start()
    expect(app.flow.phase.value).toBe('refused')
    expect(app.flow.error.value).toBe('"huge.json" is 40.0 MB; Gloss opens files up to 32.0 MB.')
  })
})
