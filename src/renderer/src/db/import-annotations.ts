/**
 * Writing imported annotations: which of a file's ids the database holds already (on any
 * article, or waiting under "Not in your library"), and the import itself, all or nothing in
 * one transaction with strict durability: the highlights on every article, the article notes
 * that page notes and replies join, and what waits for pages the library does not have.
 */
import type { Annotation, ArticleNote } from '@shared/annotation'
import { isStoredArticleNote, plainAnnotation } from './annotation-rows'
import type { Table } from 'dexie'
import type { GlossDatabase, PendingImportRecord } from './database'
import { isStoredPendingImport, plainPendingImport } from './pending-imports'
import { withStrictDurability } from './strict-durability'

/**
 * The ids, of those given, that some stored annotation has.
 *
 * @param db - an open database
 * @param ids - annotation ids from a file
 */
export async function findStoredIds(
  db: GlossDatabase,
  ids: readonly string[],
): Promise<Set<string>> {
  const keys = await db.annotations
    .where(':id')
    .anyOf([...ids])
    .primaryKeys()
  return new Set(keys)
}

/** An article note as an import changes it. */
export interface ImportedNote {
  readonly articleId: string
  /** Makes the new note from the one stored ('' when there is none). */
  readonly change: (stored: string) => string
}

/** An article note before and after an import changed it. */
export interface NoteChange {
  readonly before: ArticleNote | undefined
  readonly after: ArticleNote
}

/** Everything one import writes. */
export interface ImportWrite {
  /** Complete annotations, each for its own article. */
  readonly annotations: readonly Annotation[]
  /** Article notes that page notes and replies join, at most one per article. */
  readonly notes?: readonly ImportedNote[]
  /** What waits for pages not in the library ("Not in your library"). */
  readonly pending?: readonly PendingImportRecord[]
  /** Ids of waiting rows that found their article (they join it): deleted with the write. */
  readonly adopted?: readonly string[]
}

/** What an import wrote. */
export interface ImportWritten {
  readonly added: string[]
  /** The article notes the import changed. */
  readonly notes: NoteChange[]
  /** Ids of the waiting rows added. */
  readonly pending: string[]
  /** The waiting rows deleted because they joined their article, as they were. */
  readonly adopted: PendingImportRecord[]
}

/**
 * Write an import in one strict-durability transaction: its annotations on every article, the
 * article notes page notes join, the rows waiting for pages not in the library, and the
 * removal of waiting rows that found their article; all of it or, if any write fails (a full
 * disk), none. An id stored since the reader confirmed is left as it is, never overwritten.
 *
 * @param db - a writable database
 * @param write - what to write
 * @returns what was added and changed
 */
export async function writeImport(db: GlossDatabase, write: ImportWrite): Promise<ImportWritten> {
  const rows = write.annotations.map(plainAnnotation)
  const waiting = (write.pending ?? []).map(plainPendingImport)
  return withStrictDurability(db, (strict) => {
    const table = strict.table<Annotation, string>('annotations')
    const notes = strict.table<ArticleNote, string>('articleNotes')
    const pending = strict.table<PendingImportRecord, string>('pendingImports')
    return strict.transaction('rw', [table, notes, pending], async () => {
      const added = await addNew(table, rows)
      const changed: NoteChange[] = []
      for (const note of write.notes ?? []) {
        const change = await changeNote(notes, note)
        if (change) changed.push(change)
      }
      const adopted = (await pending.bulkGet([...(write.adopted ?? [])])).filter(
        isStoredPendingImport,
      )
      await pending.bulkDelete(adopted.map((row) => row.id))
      return { added, notes: changed, pending: await addNew(pending, waiting), adopted }
    })
  })
}

/** Add the rows whose id is not stored; resolves the ids added. */
async function addNew<T extends { readonly id: string }>(
  table: Table<T, string>,
  rows: readonly T[],
): Promise<string[]> {
  const stored = new Set(
    await table
      .where(':id')
      .anyOf(rows.map((row) => row.id))
      .primaryKeys(),
  )
  const fresh = rows.filter((row) => !stored.has(row.id))
  await table.bulkAdd(fresh)
  return fresh.map((row) => row.id)
}

async function changeNote(
  notes: Table<ArticleNote, string>,
  note: ImportedNote,
): Promise<NoteChange | null> {
  const row: unknown = await notes.get(note.articleId)
  const before = isStoredArticleNote(row) ? row : undefined
  const text = note.change(before?.note ?? '')
  if (text === (before?.note ?? '')) return null
  const after = { articleId: note.articleId, note: text, updatedAt: Date.now() }
  await notes.put(after)
  return { before, after }
}
