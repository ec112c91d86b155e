/**
 * At start, the journals' drafts → the database: each note is written only onto the version its
 * text started from (else the stored text is newer, saved here or in another window), typed
 * tags are added, all in one transaction per journal; then the journal is cleared. A highlight
 * deleted since is skipped: there is nothing to attach its note to.
 */
import { addTags } from '@renderer/annotations/tags'
import type { Annotation } from '@shared/annotation'
import type { DatabaseConnection } from '@renderer/db/connection'
import type { GlossDatabase } from '@renderer/db/database'
import { journalKeys, readJournal, writeJournal, type DraftEntry } from './draft-journal'
import { windowLockName } from './pending-drafts'

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
        // Only onto the version the draft started from: never over text saved since.
        if ((stored?.updatedAt ?? 0) !== target.basedOn || (stored?.note ?? '') === text) continue
        const updatedAt = Math.max(at, target.basedOn + 1)
        await db.articleNotes.put({ articleId: target.articleId, note: text, updatedAt })
        written++
        continue
      }
      const stored = await db.annotations.get(target.annotationId)
      if (!stored || (target.kind === 'note' && stored.updatedAt !== target.basedOn)) continue
      const changes = draftChanges(stored, target.kind, text)
      if (changes === null) continue
      await db.annotations.put({
        ...stored,
        ...changes,
        updatedAt: Math.max(at, stored.updatedAt + 1),
      })
      written++
    }
    return written
  })
}

/** The journals of windows that are still open (they hold their Web Lock): left to them. */
async function liveJournals(): Promise<Set<string>> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks) return new Set()
  const { held = [] } = await locks.query().catch(() => ({ held: [] }))
  return new Set(held.flatMap(({ name }) => (name ? [name] : [])))
}

/**
 * Recover the drafts of every window that closed with some unsaved into a freshly opened
 * database, then clear those journals; a database that cannot be written keeps them for a
 * later start. The journal of a window still open is its own business. Never rejects.
 *
 * @param connection - the opened database
 * @param storage - where the journals are (`localStorage`)
 * @returns the same connection, once the drafts are written
 */
export async function recoverJournal(
  connection: DatabaseConnection,
  storage: Storage,
): Promise<DatabaseConnection> {
  if (!connection.db || !connection.writable) return connection
  const live = await liveJournals()
  for (const key of journalKeys(storage)) {
    if (live.has(windowLockName(key))) continue
    try {
      await recoverDrafts(connection.db, readJournal(storage, key))
      writeJournal(storage, key, [])
    } catch (cause) {
      console.error(
        'Gloss could not write the drafts left from last time; it will try again:',
        cause,
      )
    }
  }
  return connection
}
