/**
 * Writing imported annotations: which of a file's ids the database holds already (on any
 * article), and the import itself, all or nothing in one transaction with strict durability:
 * the highlights, and the article note that page notes and replies join (one per article, for
 * an import of many articles).
 */
import type { Annotation, ArticleNote } from '@shared/annotation'
import { isStoredArticleNote, plainAnnotation } from './annotation-rows'
import type { GlossDatabase } from './database'
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

/** An article note as an import changed it. */
export interface NoteChange {
  readonly before: ArticleNote | undefined
  readonly after: ArticleNote
}

/** What an import wrote. */
export interface ImportWritten {
  readonly added: string[]
  /** The article note before and after, when the import changed it. */
  readonly note: NoteChange | null
}

/**
 * Add imported annotations, and change the article note, in one strict-durability
 * transaction: all of it or, if any write fails (a full disk), none. An id stored since the
 * reader confirmed is left as it is, never overwritten.
 *
 * @param db - a writable database
 * @param annotations - complete annotations for the current article
 * @param note - the article note's change (page notes joining it), if any
 * @returns the ids added, and the note as it was and became
 */
export async function importAnnotations(
  db: GlossDatabase,
  annotations: readonly Annotation[],
  note?: ImportedNote,
): Promise<ImportWritten> {
  const written = await importAnnotationsAndNotes(db, annotations, note ? [note] : [])
  return { added: written.added, note: written.notes[0] ?? null }
}

/**
 * Add imported annotations on any articles, and change their article notes, in one
 * strict-durability transaction (an import of many articles: an Omnivore export).
 *
 * @param db - a writable database
 * @param annotations - complete annotations
 * @param notes - article notes' changes, at most one per article
 * @returns the ids added, and the notes that changed, as they were and became
 */
export async function importAnnotationsAndNotes(
  db: GlossDatabase,
  annotations: readonly Annotation[],
  notes: readonly ImportedNote[],
): Promise<{ added: string[]; notes: NoteChange[] }> {
  const rows = annotations.map(plainAnnotation)
  return withStrictDurability(db, (strict) => {
    const table = strict.table<Annotation, string>('annotations')
    const noteTable = strict.table<ArticleNote, string>('articleNotes')
    return strict.transaction('rw', [table, noteTable], async () => {
      const stored = new Set(
        await table
          .where(':id')
          .anyOf(rows.map((row) => row.id))
          .primaryKeys(),
      )
      const fresh = rows.filter((row) => !stored.has(row.id))
      await table.bulkAdd(fresh)
      const added = fresh.map((row) => row.id)
      const changes: NoteChange[] = []
      for (const note of notes) {
        const row: unknown = await noteTable.get(note.articleId)
        const before = isStoredArticleNote(row) ? row : undefined
        const text = note.change(before?.note ?? '')
        if (text === (before?.note ?? '')) continue
        const after = { articleId: note.articleId, note: text, updatedAt: Date.now() }
        await noteTable.put(after)
        changes.push({ before, after })
      }
      return { added, notes: changes }
    })
  })
}
