import { afterEach, describe, expect, it, vi } from 'vitest'
import { recordWriteTransactions } from '@renderer/importing/flow-test-app'
import { host } from '@renderer/testing/fake-host'
import { annotation, everything, started } from './backup-test-app'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => {
  host.reset()
  vi.restoreAllMocks()
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
