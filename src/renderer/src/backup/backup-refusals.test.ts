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
      withField('version', 4),
      'The backup was made by a newer version of Gloss (backup version 4); update Gloss to restore it.',
    ],
    [
      'a version only a ZIP backup has',
      withField('version', 2),
      'The backup does not say which version of Gloss made it.',
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
      'a created time past the end of the calendar',
      annotationWith({ createdAt: 1e300 }),
      'The backup is damaged: annotations[0].createdAt is not valid (not a date between the years 1 and 9999).',
    ],
    [
      'a quote longer than any import may be',
      annotationWith({
        target: {
          quote: { exact: 'q'.repeat(200_001), prefix: '', suffix: '' },
          position: { start: 0, end: 1 },
        },
      }),
      'The backup is damaged: annotations[0].target.quote.exact is not valid (a quote holds at most 200,000 characters).',
    ],
    [
      'a quote prefix of a thousand and one characters',
      annotationWith({
        target: {
          quote: { exact: 'q', prefix: 'p'.repeat(1_001), suffix: '' },
          position: { start: 0, end: 1 },
        },
      }),
      'The backup is damaged: annotations[0].target.quote.prefix is not valid (a quote prefix holds at most 1,000 characters).',
    ],
    [
      'a note over the cap the editor keeps',
      withField('articleNotes', [{ articleId: 'seed', note: 'n'.repeat(100_001), updatedAt: 1 }]),
      'The backup is damaged: articleNotes[0].note is not valid (a note holds at most 100,000 characters).',
    ],
    [
      'a hundred and one tags',
      annotationWith({ tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }),
      'The backup is damaged: annotations[0].tags is not valid (an annotation has at most 100 tags).',
    ],
    [
      'a tag of 201 characters',
      annotationWith({ tags: ['t'.repeat(201)] }),
      'The backup is damaged: annotations[0].tags[0] is not valid (a tag holds at most 200 characters).',
    ],
    [
      'duplicate ids',
      withField('annotations', [annotation('x', 'seed'), annotation('x', 'other')]),
      'The backup is damaged: "x" occurs twice where it must be unique.',
    ],
    [
      'over the size limit',
      `${JSON.stringify(good())}${' '.repeat(256 * 1024 * 1024)}`,
      'The backup is too large: 256.0 MB, and Gloss restores backups up to 256.0 MB.',
    ],
  ]

  it.each(cases)(
    '%s',
    async (_, text, message) => {
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
      // The largest case goes through 256 MB of bytes, encoded and decoded.
    },
    60_000,
  )
})
