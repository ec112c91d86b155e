/**
 * Test helpers for backup and restore: an app on a fresh fake database holding what a reader
 * who has used Gloss for a while has stored (with text that breaks things), a stable snapshot
 * of every table (the library's pictures as their bytes) to compare before and after, and the
 * files of a backup ZIP, to look into or to change.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { expect, onTestFinished, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { readAllData, replaceAllData, type StoredData } from '@renderer/db/backup'
import { openDatabase } from '@renderer/db/connection'
import type { ArticleBodyRecord, ArticleRecord, GlossDatabase } from '@renderer/db/database'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { createTestApp } from '@renderer/testing/mount'
import { useArticleStore } from '@renderer/stores/article'
import { useLibraryStore } from '@renderer/stores/library'
import { useSettingsStore } from '@renderer/stores/settings'
import { useBackupStore } from './backup-store'

export function annotation(
  id: string,
  articleId: string,
  fields: Partial<Annotation> = {},
): Annotation {
  return {
    ...{ id, articleId, color: 'purple', note: '', tags: [], createdAt: 1, updatedAt: 2 },
    ...{ target: seedTarget('Tartous') },
    ...fields,
  }
}

/** What a reader who has used Gloss for a while has stored, with text that breaks things. */
export const STORED: StoredData = {
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

export async function started(data: StoredData = STORED) {
  const connection = openDatabase(freshIndexedDb())
  createTestApp({ connection })
  const { db } = await connection
  onTestFinished(() => db!.close())
  await replaceAllData(db!, data)
  await useSettingsStore().load()
  await useArticleStore().load()
  // The library's start writes the sample's row: let it land before a test compares tables.
  const library = useLibraryStore()
  await vi.waitFor(() => expect(library.prepared).toBe(true))
  return { db: db!, store: useBackupStore() }
}

/** A picture as a snapshot holds it: a Blob compares equal to any other, its bytes do not. */
export interface PictureSnapshot {
  readonly articleId: string
  readonly name: string
  readonly type: string
  readonly bytes: number
  readonly content: number[]
}

export type Snapshot = Omit<StoredData, 'library'> & {
  readonly articles: readonly ArticleRecord[]
  readonly articleBodies: readonly ArticleBodyRecord[]
  readonly pictures: readonly PictureSnapshot[]
}

/** Every table, in a stable order, to compare before and after. */
export async function everything(db: GlossDatabase): Promise<Snapshot> {
  const data = await readAllData(db, { withLibrary: true })
  const byKey =
    <T>(key: (row: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : 1
  const library = data.library!
  const pictures = await Promise.all(
    library.articleImages.map(async (row) => ({
      articleId: row.articleId,
      name: row.name,
      type: row.blob.type,
      bytes: row.bytes,
      content: [...new Uint8Array(await row.blob.arrayBuffer())],
    })),
  )
  return {
    settings: [...data.settings].sort(byKey((row) => row.key)),
    readingPositions: [...data.readingPositions].sort(byKey((row) => row.articleId)),
    annotations: [...data.annotations].sort(byKey((row) => row.id)),
    articleNotes: [...data.articleNotes].sort(byKey((row) => row.articleId)),
    articles: [...library.articles].sort(byKey((row) => row.id)),
    articleBodies: [...library.articleBodies].sort(byKey((row) => row.id)),
    pictures: pictures.sort(byKey((row) => `${row.articleId}/${row.name}`)),
  }
}

/** The files of a backup ZIP, by name. */
export function zipFiles(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip)
}

/** A part of a backup ZIP, parsed. */
export function zipJson(zip: Uint8Array, name: string): Record<string, unknown> {
  return JSON.parse(strFromU8(zipFiles(zip)[name]))
}

/**
 * A backup ZIP with its files changed, packed again.
 *
 * @param zip - the backup
 * @param change - edits the files by name (text parts as strings)
 */
export function rezip(
  zip: Uint8Array,
  change: (files: Record<string, string | Uint8Array>) => void,
): Uint8Array {
  const files: Record<string, string | Uint8Array> = { ...zipFiles(zip) }
  for (const name of ['manifest.json', 'data.json']) {
    if (files[name]) files[name] = strFromU8(files[name] as Uint8Array)
  }
  change(files)
  const packed: Zippable = {}
  for (const [name, content] of Object.entries(files)) {
    packed[name] = typeof content === 'string' ? strToU8(content) : content
  }
  return zipSync(packed)
}
