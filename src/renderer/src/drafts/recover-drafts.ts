/**
 * At start, the journal's drafts → the database: each draft is written where it belongs unless
 * what is stored changed after the page was left (then the stored text is newer) or is the same
 * already, all in one transaction; then the journal is cleared. A highlight deleted since is
 * skipped: there is nothing to attach its note to.
 */
import { addTags } from '@renderer/annotations/tags'
import type { Annotation } from '@shared/annotation'
import type { DatabaseConnection } from '@renderer/db/connection'
import type { GlossDatabase } from '@renderer/db/database'
import { readJournal, writeJournal, type DraftEntry } from './draft-journal'

/** What a note or tags draft changes on its highlight, or null when it changes nothing. */
function draftChanges(
  stored: Annotation,
  kind: 'note' | 'tags',
  text: string,
): Partial<Annotation> | null {
  if (kind === 'note') return stored.note === text ? null : { note: text }
  const tags = addTags(stored.tags, text)
  return tags.length === stored.tags.length ? null : { tags }
}

/**
 * @param db - a writable database
 * @param entries - the journal's entries, from `readJournal`
 * @returns how many drafts were written
 */
export async function recoverDrafts(
  db: GlossDatabase,
  entries: readonly DraftEntry[],
): Promise<number> {
  if (entries.length === 0) return 0
  return db.transaction('rw', db.annotations, db.articleNotes, async () => {
    let written = 0
    for (const { target, text, at } of entries) {
      if (target.kind === 'articleNote') {
        const stored = await db.articleNotes.get(target.articleId)
        if ((stored && stored.updatedAt >= at) || (stored?.note ?? '') === text) continue
        await db.articleNotes.put({ articleId: target.articleId, note: text, updatedAt: at })
        written++
        continue
      }
      const stored = await db.annotations.get(target.annotationId)
      if (!stored || stored.updatedAt >= at) continue
      const changes = draftChanges(stored, target.kind, text)
      if (changes === null) continue
      await db.annotations.put({ ...stored, ...changes, updatedAt: at })
      written++
    }
    return written
  })
}

/**
 * Recover the journal's drafts into a freshly opened database, then clear the journal; a
 * database that cannot be written keeps the journal for a later start. Never rejects.
 *
 * @param connection - the opened database
 * @param storage - where the journal is (`localStorage`)
 * @returns the same connection, once the drafts are written
 */
export async function recoverJournal(
  connection: DatabaseConnection,
  storage: Storage,
): Promise<DatabaseConnection> {
  const entries = readJournal(storage)
  if (entries.length === 0 || !connection.db || !connection.writable) return connection
  try {
    await recoverDrafts(connection.db, entries)
    writeJournal(storage, [])
  } catch (cause) {
    console.error('Gloss could not write the drafts left from last time; it will try again:', cause)
  }
  return connection
}
