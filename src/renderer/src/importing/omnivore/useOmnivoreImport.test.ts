/**
 * The Omnivore import flow on a fake database, from Import annotations to the write: the
 * sample export's articles are added (tags, time added, archived), its highlights anchored on
 * them and written in one transaction, as one undoable step; the same export imported again
 * adds nothing; a damaged export is refused with nothing written.
 */
import { IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { host } from '@renderer/testing/fake-host'
import { useHistoryStore } from '@renderer/stores/history'
import { recordWriteTransactions, startImportApp } from '../flow-test-app'
import { omnivoreSummary } from './omnivore-plan'
import { sampleFiles, sampleMetadata, sampleZip, zipOf } from './test-zips'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => {
  host.reset()
  vi.restoreAllMocks()
})

type App = Awaited<ReturnType<typeof startImportApp>>

async function checked(app: App, bytes: Uint8Array, name = 'omnivore-export.zip') {
  host.willOpen(name, bytes)
  await app.flow.start()
  const { omnivore } = app.flow
  await vi.waitFor(() => expect(omnivore.phase.value).not.toBe('checking'))
  return omnivore
}

const addedRows = (app: App) => app.db.articles.filter((row) => row.origin === 'file').toArray()

describe('useOmnivoreImport', () => {
  it('adds the export’s articles with their highlights, as one undoable step', async () => {
    const app = await startImportApp()
    const omnivore = await checked(app, sampleZip())
    expect(omnivore.error.value).toBeNull()
    expect(omnivore.phase.value).toBe('confirming')
    expect(omnivoreSummary(omnivore.plan.value!)).toBe(
      '2 articles with 4 highlights: 2 new articles, 0 already in your library; 1 passage not found; 1 page note for the articles’ notes; 1 item without readable content (an uploaded PDF)',
    )
    // Nothing is written before the reader confirms.
    expect(await addedRows(app)).toEqual([])

    const writes = recordWriteTransactions()
    await omnivore.confirm(true)
    expect(omnivore.phase.value).toBe('idle')
    const rows = await addedRows(app)
    const harbour = rows.find((row) => row.title === 'The harbour at night')!
    const garden = rows.find((row) => row.title === 'What grows in a winter garden')!
    expect(harbour).toMatchObject({
      byline: 'Mara Quill',
      tags: ['Sea', 'Long reads'],
      addedAt: Date.parse('2024-03-12T09:15:27.000Z'),
      archived: 0,
    })
    expect(garden).toMatchObject({ tags: [], archived: 1 })
    const annotations = await app.rows()
    expect(annotations).toHaveLength(4)
    const onHarbour = annotations.filter((a) => a.articleId === harbour.id)
    const body = (await app.db.articleBodies.get(harbour.id))!.article
    const first = onHarbour.find((a) => a.tags.includes('night shift'))!
    expect(body.text.slice(first.target.position.start, first.target.position.end)).toBe(
      'By the time the last boat is tied up, the harbour has gone quiet, and the only light left is the one on the breakwater.',
    )
    expect(first.note).toContain('Second paragraph of the note.')
    // The note on the whole page joined the article's own note.
    expect((await app.db.articleNotes.get(harbour.id))?.note).toBe(
      '**Page note**, 2024-03-14\n\nThis note was written on the whole page, not on a passage.',
    )
    // The highlights went in one transaction, with strict durability.
    const highlightWrites = writes.filter((w) => w.stores.includes('annotations'))
    expect(highlightWrites).toHaveLength(1)
    expect(highlightWrites[0].durability).toBe('strict')

    expect(await useHistoryStore().undo()).toMatchObject({ label: 'Import from Omnivore' })
    expect(await app.rows()).toEqual([])
    expect(await app.db.articleNotes.get(harbour.id)).toBeUndefined()
    expect((await addedRows(app)).every((row) => row.trashedAt > 0)).toBe(true)
    expect(await useHistoryStore().redo()).toMatchObject({ label: 'Import from Omnivore' })
    expect(await app.rows()).toHaveLength(4)
    expect((await addedRows(app)).every((row) => row.trashedAt === 0)).toBe(true)
  })

  it('finds articles already in the library, and adds nothing twice', async () => {
    const app = await startImportApp()
    await (await checked(app, sampleZip())).confirm(true)
    const again = await checked(app, sampleZip())
    expect(omnivoreSummary(again.plan.value!)).toBe(
      '2 articles with 4 highlights: 0 new articles, 2 already in your library; 4 highlights already imported; 1 item without readable content (an uploaded PDF)',
    )
    await again.confirm(true)
    expect(await addedRows(app)).toHaveLength(2)
    expect(await app.rows()).toHaveLength(4)
  })

  it('keeps the highlights of an item that cannot be an article waiting, never dropped', async () => {
    const app = await startImportApp()
    const files = {
      ...sampleFiles(),
      // The uploaded PDF's highlights: Gloss cannot read the PDF, so they wait for its page.
      'highlights/quarterly-report-18c200aa11b.md':
        '> Revenue rose in the third quarter \n\nCheck the table.',
    }
    const omnivore = await checked(app, zipOf(files))
    expect(omnivoreSummary(omnivore.plan.value!)).toMatch(
      /; 1 item without readable content \(an uploaded PDF\); 1 highlight on it wait under Not in your library$/,
    )
    await omnivore.confirm(true)
    const waiting = await app.db.pendingImports.toArray()
    expect(waiting).toHaveLength(1)
    expect(waiting[0]).toMatchObject({
      document: { title: 'Quarterly report' },
      item: { kind: 'highlight', candidate: { note: 'Check the table.' } },
    })
    expect(
      waiting[0].item.kind === 'highlight' && waiting[0].item.candidate.target.quote.exact,
    ).toBe('Revenue rose in the third quarter')
    // Importing the same export again adds nothing more to wait.
    const again = await checked(app, zipOf(files))
    expect(omnivoreSummary(again.plan.value!)).not.toContain('Not in your library')
    await again.confirm(true)
    expect(await app.db.pendingImports.count()).toBe(1)
    // The second import changed nothing, so one undo takes the first back, what waits with it.
    expect(await useHistoryStore().undo()).toMatchObject({ label: 'Import from Omnivore' })
    expect(await app.db.pendingImports.count()).toBe(0)
    expect(await useHistoryStore().redo()).toMatchObject({ label: 'Import from Omnivore' })
    expect(await app.db.pendingImports.count()).toBe(1)
  })

  it('makes one article of two items with the same address, and joins an article already here', async () => {
    const app = await startImportApp()
    const files = sampleFiles()
    const [harbour, garden] = sampleMetadata()
    // The same page saved twice (another slug, the address without www.), and the garden
    // already in the library from an earlier import.
    const url = 'https://example.org/stories/harbour-at-night'
    const twice = { ...harbour, id: 'again', slug: 'harbour-again', url }
    await (
      await checked(app, zipOf({ ...files, 'metadata_0_to_3.json': JSON.stringify([garden]) }))
    ).confirm(true)
    const zip = zipOf({
      ...files,
      'metadata_0_to_3.json': JSON.stringify([harbour, twice, garden]),
      'content/harbour-again.html': files['content/the-harbour-at-night-18c1f2a3b4d.html'],
      'highlights/harbour-again.md': '> At five the first engines start \n\n#morning',
    })
    const omnivore = await checked(app, zip)
    expect(omnivoreSummary(omnivore.plan.value!)).toBe(
      '2 articles with 5 highlights: 1 new article, 1 already in your library; 1 highlight already imported; 1 passage not found; 1 page note for the articles’ notes',
    )
    await omnivore.confirm(true)
    const rows = await addedRows(app)
    expect(rows.map((row) => row.title).sort()).toEqual([
      'The harbour at night',
      'What grows in a winter garden',
    ])
    const harbourId = rows.find((row) => row.title === 'The harbour at night')!.id
    const onHarbour = (await app.rows()).filter((a) => a.articleId === harbourId)
    expect(onHarbour).toHaveLength(4)
    expect(onHarbour.find((a) => a.tags.includes('morning'))?.target.quote.exact).toBe(
      'At five the first engines start',
    )
  })

  it('takes back the articles it added when the highlights cannot be written', async () => {
    const app = await startImportApp()
    const omnivore = await checked(app, sampleZip())
    const add = IDBObjectStore.prototype.add
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'annotations') {
        throw new DOMException('The write failed.', 'UnknownError')
      }
      return add.apply(this, args)
    })
    await omnivore.confirm(true)
    expect(omnivore.phase.value).toBe('confirming')
    expect(omnivore.error.value).toMatch(/^Nothing was imported: /)
    expect(await addedRows(app)).toEqual([])
    expect(await app.db.articleBodies.count()).toBe(0)
    expect(await app.rows()).toEqual([])
  })

  it('refuses a damaged export, and writes nothing', async () => {
    const app = await startImportApp()
    const writes = recordWriteTransactions()
    const damaged = zipOf({ ...sampleFiles(), 'metadata_0_to_3.json': '{"not": "a list"}' })
    const omnivore = await checked(app, damaged)
    expect(omnivore.phase.value).toBe('refused')
    expect(omnivore.error.value).toBe(
      'The export cannot be read: in metadata_0_to_3.json, it is not a list of items.',
    )
    expect(writes).toEqual([])
    expect(await addedRows(app)).toEqual([])
  })

  it('stops checking when the dialog is closed', async () => {
    const app = await startImportApp()
    host.willOpen('omnivore-export.zip', sampleZip())
    const started = app.flow.start()
    // Closed as soon as the check has begun (the file picked, the ZIP not yet read).
    while (app.flow.omnivore.phase.value !== 'checking') await Promise.resolve()
    app.flow.omnivore.close()
    await started
    expect(app.flow.omnivore.phase.value).toBe('idle')
    expect(app.flow.omnivore.plan.value).toBeNull()
  })
})
