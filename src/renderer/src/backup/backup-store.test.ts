import { IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fail } from '@shared/result'
import { MAX_NOTE_CHARS } from '@renderer/importing/formats/limits'
import { replaceAllData } from '@renderer/db/backup'
import { recordWriteTransactions } from '@renderer/importing/flow-test-app'
import { host } from '@renderer/testing/fake-host'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useHistoryStore } from '@renderer/stores/history'
import { useSettingsStore } from '@renderer/stores/settings'
import { useBackupStore } from './backup-store'
import {
  annotation,
  everything,
  rezip,
  started,
  STORED,
  zipFiles,
  zipJson,
} from './backup-test-app'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => {
  host.reset()
  vi.restoreAllMocks()
})

/** Back up through the store and hand back the saved file's bytes. */
async function backUp(store: ReturnType<typeof useBackupStore>): Promise<Uint8Array> {
  await store.backUp()
  expect(store.error).toBeNull()
  expect(host.saved).toHaveLength(1)
  const { content } = host.saved[0]
  expect(content).toBeInstanceOf(Uint8Array)
  return content as Uint8Array
}

describe('backup and restore', () => {
  it('backs everything up to one versioned ZIP under a dated name', async () => {
    const { store } = await started()
    const zip = await backUp(store)
    expect(host.saved[0].suggestedName).toMatch(/^Gloss backup \d{4}-\d{2}-\d{2}\.zip$/)
    expect(host.saved[0].mimeType).toBe('application/zip')
    expect(Object.keys(zipFiles(zip))).toEqual(['data.json', 'manifest.json'])
    const manifest = zipJson(zip, 'manifest.json')
    expect(manifest).toMatchObject({ format: 'gloss-backup', version: 3 })
    expect(manifest.appVersion).toMatch(/^\d+\.\d+\.\d+/)
    expect(Date.parse(manifest.createdAt as string)).not.toBeNaN()
    // The sample article's row (the host serves its blocks, so no body and no pictures).
    expect(manifest.counts).toEqual({
      ...{ articles: 1, images: 0, annotations: 3, articleNotes: 2, readingPositions: 2 },
      versions: 0,
    })
    const data = zipJson(zip, 'data.json')
    expect(Object.keys(data)).toEqual([
      ...['settings', 'readingPositions', 'annotations', 'articleNotes'],
      ...['articles', 'articleBodies', 'articleImages'],
      ...['articleVersions', 'articleVersionImages', 'pendingImports'],
    ])
    expect(data.settings).toEqual({ reading: STORED.settings[0].value, highlightColor: 'green' })
    expect(useAnnotationViewStore().notice?.message).toMatch(
      /^Backed up everything to Gloss backup/,
    )
  })

  it('restores a backup losslessly after the data was wiped, in one strict transaction', async () => {
    const { db, store } = await started()
    const before = await everything(db)
    const zip = await backUp(store)
    await replaceAllData(db, {
      settings: [],
      readingPositions: [],
      annotations: [],
      articleNotes: [],
      library: { articles: [], articleBodies: [], articleImages: [] },
    })
    await useSettingsStore().setTheme('dark')
    await useAnnotationStore().rememberColor('blue')
    const undo = vi.fn(async () => true)
    useHistoryStore().record({ label: 'Delete highlight', undo, redo: async () => true })

    host.willOpen('Gloss backup.zip', zip)
    await store.chooseRestore()
    expect(host.openRequests).toEqual([{ purpose: 'backup' }])
    expect(store.phase).toBe('confirming')
    expect(store.pending?.current).toEqual({
      ...{ settings: 2, readingPositions: 0, annotations: 0, articleNotes: 0 },
      ...{ articles: 0, images: 0 },
    })
    const writes = recordWriteTransactions()
    await store.confirmRestore()

    expect(writes).toEqual([
      {
        stores: [
          ...['settings', 'readingPositions', 'annotations', 'articleNotes'],
          ...['articles', 'articleBodies', 'articleImages'],
          ...['articleVersions', 'articleVersionImages', 'pendingImports'],
        ],
        durability: 'strict',
      },
    ])
    expect(await everything(db)).toEqual(before)
    expect(useSettingsStore().settings.theme).toBe('sepia')
    expect(useAnnotationStore().lastColor).toBe('green')
    expect(await useHistoryStore().undo()).toBeNull()
    expect(undo).not.toHaveBeenCalled()
    expect(store.phase).toBe('idle')
    expect(useAnnotationViewStore().notice?.message).toBe(
      'Restored 1 article, 3 annotations and your settings',
    )
  })

  it('replaces, never merges: what was added since the backup is gone after a restore', async () => {
    const { db, store } = await started()
    const zip = await backUp(store)
    await db.annotations.delete('a1')
    await db.annotations.add(annotation('later', 'other'))
    host.willOpen('backup.zip', zip)
    await store.chooseRestore()
    await store.confirmRestore()
    expect((await everything(db)).annotations.map((row) => row.id)).toEqual(['a1', 'a2', 'a3'])
  })

  it('changes nothing when the reader cancels', async () => {
    const { db, store } = await started()
    host.willOpen('backup.zip', await backUp(store))
    await db.annotations.delete('a1')
    const before = await everything(db)
    await store.chooseRestore()
    store.dismiss()
    expect(store.phase).toBe('idle')
    await store.confirmRestore()
    expect(await everything(db)).toEqual(before)
  })

  it('abandons the check of a file when the reader closes the dialog during it', async () => {
    const { store } = await started()
    host.willOpen('backup.zip', await backUp(store))
    const choosing = store.chooseRestore()
    // The check yields to the page (a task) before parsing: close it in between.
    for (let i = 0; i < 50 && store.phase !== 'checking'; i++) await Promise.resolve()
    expect(store.phase).toBe('checking')
    store.dismiss()
    await choosing
    expect(store.phase).toBe('idle')
    expect(store.pending).toBeNull()
  })

  it('keeps all the data when the disk fills up midway through a restore', async () => {
    const { db, store } = await started()
    host.willOpen('backup.zip', await backUp(store))
    await db.annotations.clear()
    const before = await everything(db)
    await store.chooseRestore()
    const add = IDBObjectStore.prototype.add
    let adds = 0
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++adds === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return add.apply(this, args)
    })
    await store.confirmRestore()
    expect(store.error).toBe('Nothing was restored: the disk is full.')
    expect(store.phase).toBe('confirming')
    expect(await everything(db)).toEqual(before)
  })

  it('ignores keys it does not know, __proto__ included, and pollutes nothing', async () => {
    const { db, store } = await started()
    const zip = rezip(await backUp(store), (files) => {
      files['manifest.json'] = (files['manifest.json'] as string).replace(
        '"format"',
        '"__proto__":{"polluted":0},"format"',
      )
      files['data.json'] = (files['data.json'] as string)
        .replace('"settings"', '"__proto__":{"polluted":1},"settings"')
        .replace(
          '"id":"a1"',
          '"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},"id":"a1"',
        )
    })
    host.willOpen('backup.zip', zip)
    await store.chooseRestore()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    const a1 = (await everything(db)).annotations[0]
    expect(Object.keys(a1)).toEqual(Object.keys(STORED.annotations[0]))
    expect(Object.hasOwn(a1, '__proto__')).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('leaves out and counts rows no backup could restore, and backs up the rest', async () => {
    const broken = annotation('broken', 'seed', { createdAt: 1e300 })
    const { store } = await started({ ...STORED, annotations: [...STORED.annotations, broken] })
    const file = zipJson(await backUp(store), 'data.json')
    const annotations = file.annotations as { id: string }[]
    expect(annotations.map((row) => row.id)).toEqual(['a1', 'a2', 'a3'])
    expect(useAnnotationViewStore().notice?.message).toMatch(
      /^Backed up everything to Gloss backup .* except 1 damaged item no backup can restore$/,
    )
  })

  it('saves a backup of 40 million characters of notes, and restores it', async () => {
    // 400 notes at the 100,000-character cap: over the 32 million characters one IPC message
    // of text carries. Before, any backup over 20 MB was refused.
    const notes = Array.from({ length: 400 }, (_, i) =>
      annotation(`big-${i}`, 'seed', { note: `${i} `.padEnd(MAX_NOTE_CHARS, 'n') }),
    )
    const { db, store } = await started({ ...STORED, annotations: notes })
    const zip = await backUp(store)
    expect(zipFiles(zip)['data.json'].length).toBeGreaterThan(40_000_000)

    await db.annotations.clear()
    host.willOpen('Gloss backup.zip', zip)
    await store.chooseRestore()
    expect(store.error).toBeNull()
    await store.confirmRestore()
    expect(await db.annotations.count()).toBe(400)
    expect((await db.annotations.get('big-399'))?.note).toBe(notes[399].note)
  }, 60_000)

  it('says why a backup could not be saved', async () => {
    const { store } = await started()
    host.saveResult = fail('io', 'The folder "Backups" cannot be written to.')
    await store.backUp()
    expect(store.phase).toBe('refused')
    expect(store.task).toBe('backup')
    expect(store.error).toBe('The folder "Backups" cannot be written to.')
  })
})
