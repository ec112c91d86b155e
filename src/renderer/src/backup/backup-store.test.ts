import { IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { fail } from '@shared/result'
import { readAllData, replaceAllData, type StoredData } from '@renderer/db/backup'
import { openDatabase } from '@renderer/db/connection'
import type { GlossDatabase } from '@renderer/db/database'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { recordWriteTransactions } from '@renderer/importing/flow-test-app'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { host } from '@renderer/testing/fake-host'
import { createTestApp } from '@renderer/testing/mount'
import { useArticleStore } from '@renderer/stores/article'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useHistoryStore } from '@renderer/stores/history'
import { useSettingsStore } from '@renderer/stores/settings'
import { useBackupStore } from './backup-store'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => {
  host.reset()
  vi.restoreAllMocks()
})

function annotation(id: string, articleId: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    ...{ id, articleId, color: 'purple', note: '', tags: [], createdAt: 1, updatedAt: 2 },
    ...{ target: seedTarget('Tartous') },
    ...fields,
  }
}

/** What a reader who has used Gloss for a while has stored, with text that breaks things. */
const STORED: StoredData = {
  settings: [
    {
      key: 'reading',
      value: { theme: 'sepia', fontFamily: 'sans', fontSize: 22, lineHeight: 1.75, measure: 60 },
    },
    { key: 'highlightColor', value: 'green' },
  ],
  readingPositions: [
    {
      articleId: 'seed-720a579d1653449e',
      blockId: 'b9',
      blockFraction: 0.25,
      progress: 0.4,
      updatedAt: 5,
    },
    { articleId: 'other', blockId: 'b2', blockFraction: 0, progress: 1, updatedAt: 6 },
  ],
  annotations: [
    annotation('a1', 'seed-720a579d1653449e', {
      note: 'Emoji 👩‍👩‍👧 and e\u0301 vs é, RTL \u202Eevil\u202C, lone \ud800 surrogate, </script>',
      tags: ['syria', '#hash', 'تاغ'],
    }),
    annotation('a2', 'seed-720a579d1653449e', {
      color: 'yellow',
      target: seedTarget('The motherland is proud of you', 2),
    }),
    annotation('a3', 'other', { note: '{{constructor.constructor("alert(1)")()}}' }),
  ],
  articleNotes: [
    { articleId: 'seed-720a579d1653449e', note: 'Compare with the **wire**', updatedAt: 7 },
    { articleId: 'other', note: '', updatedAt: 8 },
  ],
}

async function started(data: StoredData = STORED) {
  const connection = openDatabase(freshIndexedDb())
  createTestApp({ connection })
  const { db } = await connection
  onTestFinished(() => db!.close())
  await replaceAllData(db!, data)
  await useSettingsStore().load()
  await useArticleStore().load()
  return { db: db!, store: useBackupStore() }
}

/** Every table, in a stable order, to compare before and after. */
async function everything(db: GlossDatabase): Promise<StoredData> {
  const data = await readAllData(db)
  const byKey =
    <T>(key: (row: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : 1
  return {
    settings: [...data.settings].sort(byKey((row) => row.key)),
    readingPositions: [...data.readingPositions].sort(byKey((row) => row.articleId)),
    annotations: [...data.annotations].sort(byKey((row) => row.id)),
    articleNotes: [...data.articleNotes].sort(byKey((row) => row.articleId)),
  }
}

/** Back up through the store and hand back the saved file's text. */
async function backUp(store: ReturnType<typeof useBackupStore>): Promise<string> {
  await store.backUp()
  expect(store.error).toBeNull()
  expect(host.saved).toHaveLength(1)
  return host.saved[0].content
}

describe('backup and restore', () => {
  it('backs everything up to one versioned file under a dated name', async () => {
    const { store } = await started()
    const text = await backUp(store)
    expect(host.saved[0].suggestedName).toMatch(/^Gloss backup \d{4}-\d{2}-\d{2}\.json$/)
    expect(host.saved[0].mimeType).toBe('application/json')
    const file = JSON.parse(text)
    expect(Object.keys(file)).toEqual([
      ...['format', 'version', 'exportedAt', 'settings'],
      ...['readingPositions', 'annotations', 'articleNotes'],
    ])
    expect(file).toMatchObject({ format: 'gloss-backup', version: 1 })
    expect(file.settings).toEqual({ reading: STORED.settings[0].value, highlightColor: 'green' })
    expect(useAnnotationViewStore().notice?.message).toMatch(
      /^Backed up everything to Gloss backup/,
    )
  })

  it('restores a backup losslessly after the data was wiped, in one strict transaction', async () => {
    const { db, store } = await started()
    const before = await everything(db)
    const text = await backUp(store)
    await replaceAllData(db, {
      settings: [],
      readingPositions: [],
      annotations: [],
      articleNotes: [],
    })
    await useSettingsStore().setTheme('dark')
    await useAnnotationStore().rememberColor('blue')
    const undo = vi.fn(async () => true)
    useHistoryStore().record({ label: 'Delete highlight', undo, redo: async () => true })

    host.willOpen('Gloss backup.json', text)
    await store.chooseRestore()
    expect(host.openRequests).toEqual([{ purpose: 'backup' }])
    expect(store.phase).toBe('confirming')
    expect(store.pending?.current).toEqual({
      settings: 2,
      readingPositions: 0,
      annotations: 0,
      articleNotes: 0,
    })
    const writes = recordWriteTransactions()
    await store.confirmRestore()

    expect(writes).toEqual([
      {
        stores: ['settings', 'readingPositions', 'annotations', 'articleNotes'],
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
      'Restored 3 annotations and your settings',
    )
  })

  it('replaces, never merges: what was added since the backup is gone after a restore', async () => {
    const { db, store } = await started()
    const text = await backUp(store)
    await db.annotations.delete('a1')
    await db.annotations.add(annotation('later', 'other'))
    host.willOpen('backup.json', text)
    await store.chooseRestore()
    await store.confirmRestore()
    expect((await everything(db)).annotations.map((row) => row.id)).toEqual(['a1', 'a2', 'a3'])
  })

  it('changes nothing when the reader cancels', async () => {
    const { db, store } = await started()
    host.willOpen('backup.json', await backUp(store))
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
    host.willOpen('backup.json', await backUp(store))
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
    host.willOpen('backup.json', await backUp(store))
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
    const file = JSON.parse(await backUp(store))
    const text = JSON.stringify(file)
      .replace('"format"', '"__proto__":{"polluted":1},"format"')
      .replace(
        '"id":"a1"',
        '"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},"id":"a1"',
      )
    host.willOpen('backup.json', text)
    await store.chooseRestore()
    await store.confirmRestore()
    expect(store.error).toBeNull()
    const a1 = (await everything(db)).annotations[0]
    expect(Object.keys(a1)).toEqual(Object.keys(STORED.annotations[0]))
    expect(Object.hasOwn(a1, '__proto__')).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('says why a backup could not be saved', async () => {
    const { store } = await started()
    host.saveResult = fail('io', 'The folder "Backups" cannot be written to.')
    await store.backUp()
    expect(store.phase).toBe('refused')
    expect(store.task).toBe('backup')
    expect(store.error).toBe('The folder "Backups" cannot be written to.')
  })
})

describe('a bad backup file is refused with its reason, and nothing changes', () => {
  const good = (): Record<string, unknown> => ({
    format: 'gloss-backup',
    version: 1,
    exportedAt: '2024-05-01T10:00:00.000Z',
    settings: {},
    readingPositions: [],
    annotations: [annotation('x', 'seed')],
    articleNotes: [],
  })
  const withField = (key: string, value: unknown): string =>
    JSON.stringify({ ...good(), [key]: value })
  const annotationWith = (fields: Record<string, unknown>): string =>
    withField('annotations', [{ ...annotation('x', 'seed'), ...fields }])
  const cases: [string, string, string][] = [
    [
      'truncated',
      JSON.stringify(good()).slice(0, 120),
      'The file is not valid JSON (it may be truncated): it ends before all its brackets and quotes are closed.',
    ],
    ['empty', '', 'The file is empty.'],
    ['a list', '[]', 'The file is not a Gloss backup.'],
    [
      'an annotation file',
      JSON.stringify({ type: 'AnnotationCollection' }),
      'The file is not a Gloss backup; to add annotations from it, use Import annotations.',
    ],
    [
      'from a newer Gloss',
      withField('version', 2),
      'The backup was made by a newer version of Gloss (backup version 2); update Gloss to restore it.',
    ],
    [
      'without a version',
      withField('version', '1'),
      'The backup does not say which version of Gloss made it.',
    ],
    [
      'a note that is a number',
      annotationWith({ note: 5 }),
      'The backup is damaged: annotations[0].note is not valid (Invalid type: Expected string but received 5).',
    ],
    [
      'an unknown colour',
      annotationWith({ color: 'red' }),
      'The backup is damaged: annotations[0].color is not valid (Invalid type: Expected ("yellow" | "green" | "blue" | "pink" | "purple") but received "red").',
    ],
    [
      'a passage that ends first',
      annotationWith({
        target: { quote: { exact: 'a', prefix: '', suffix: '' }, position: { start: 9, end: 2 } },
      }),
      'The backup is damaged: annotations[0].target.position is not valid (the passage ends before it starts).',
    ],
    [
      'no annotations list',
      withField('annotations', undefined),
      'The backup is damaged: annotations is not valid (Invalid key: Expected "annotations" but received undefined).',
    ],
    [
      'a time that is not a time',
      withField('exportedAt', 'yesterday'),
      'The backup is damaged: exportedAt is not valid (Invalid timestamp: Received "yesterday").',
    ],
    [
      'duplicate ids',
      withField('annotations', [annotation('x', 'seed'), annotation('x', 'other')]),
      'The backup is damaged: "x" occurs twice where it must be unique.',
    ],
    [
      'over the size limit',
      `${JSON.stringify(good())}${' '.repeat(21 * 1024 * 1024)}`,
      'The backup is too large: 21.0 MB, and Gloss restores backups up to 20.0 MB.',
    ],
  ]

  it.each(cases)('%s', async (_, text, message) => {
    const { db, store } = await started()
    const before = await everything(db)
    const writes = recordWriteTransactions()
    host.willOpen('backup.json', text)
    await store.chooseRestore()
    expect(store.phase).toBe('refused')
    expect(store.error).toBe(message)
    expect(store.pending).toBeNull()
    expect(writes).toEqual([])
    expect(await everything(db)).toEqual(before)
  })
})
