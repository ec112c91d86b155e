/**
 * Edits of a stored highlight that another window may be editing too (two windows share one
 * database). Each is one transaction that looks at the row as stored before it writes:
 * - a change is made only if the row is still there, and (when the writer says which version
 *   it started from) only if nobody changed it since: otherwise it rejects with an
 *   `AnnotationConflict`, and the writer keeps its text and says so, instead of reporting
 *   "Saved" over a row that is gone or replacing what the other window wrote;
 * - tags are added and removed, never replaced as a whole list, so two windows adding a tag at
 *   once keep both;
 * - undo of a creation deletes only a row still as this window left it, and putting a deleted
 *   row back never overwrites one that exists;
 * - attaching a highlight to another passage (a passage not found, repaired) changes only its
 *   target, and only while the row is as the reader saw it.
 */
import { toRaw } from 'vue'
import type { Annotation, AnnotationTarget } from '@shared/annotation'
import { addTags, removeTag } from '@renderer/annotations/tags'
import { plainAnnotation } from './annotation-rows'
import type { GlossDatabase } from './database'

/** What an edit may change: never the id, the article or the passage. */
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'note'>>

/** Why an edit was not made: the row is gone, or changed since the writer's version. */
export class AnnotationConflict extends Error {
  constructor(readonly reason: 'gone' | 'changed') {
    super(
      reason === 'gone'
        ? 'The highlight was deleted in another window.'
        : 'The highlight was changed in another window.',
    )
    this.name = 'AnnotationConflict'
  }
}

/** The row, or a conflict when it is gone or (given `expected`) at another version. */
async function storedAt(db: GlossDatabase, id: string, expected?: number): Promise<Annotation> {
  const stored = await db.annotations.get(id)
  if (!stored) throw new AnnotationConflict('gone')
  if (expected !== undefined && stored.updatedAt !== expected) {
    throw new AnnotationConflict('changed')
  }
  return stored
}

/**
 * Change an annotation's colour or note, and its `updatedAt`.
 *
 * @param db - a writable database
 * @param id - which annotation
 * @param changes - the new values
 * @param updatedAt - when, in milliseconds since the epoch
 * @param expected - the `updatedAt` the writer's text started from; omitted: any version
 * @returns the annotation as stored now
 */
export async function updateAnnotation(
  db: GlossDatabase,
  id: string,
  changes: AnnotationChanges,
  updatedAt: number,
  expected?: number,
): Promise<Annotation> {
  const plainChanges = { ...toRaw(changes) }
  return db.transaction('rw', db.annotations, async () => {
    const updated = { ...(await storedAt(db, id, expected)), ...plainChanges, updatedAt }
    await db.annotations.put(updated)
    return updated
  })
}

/**
 * Attach an annotation to another passage: its target (both selectors) and `updatedAt` change;
 * its note, tags, colour and creation date stay. Made only if the row is still at `expected`.
 *
 * @param db - a writable database
 * @param id - which annotation
 * @param target - the new passage, from `describeRange` (or the old target, to undo)
 * @param updatedAt - when
 * @param expected - the `updatedAt` of the row as the reader saw it
 * @returns the annotation as stored now
 */
export async function reattachAnnotation(
  db: GlossDatabase,
  id: string,
  target: AnnotationTarget,
  updatedAt: number,
  expected: number,
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await storedAt(db, id, expected)
    const updated = plainAnnotation({ ...stored, target, updatedAt })
    await db.annotations.put(updated)
    return updated
  })
}

/** Tags to add (as typed: comma-separated) and to remove. */
export interface TagChanges {
  readonly add?: string
  readonly remove?: readonly string[]
}

/**
 * Add and remove tags on the tags as stored now, whatever another window did to them.
 *
 * @param db - a writable database
 * @param id - which annotation
 * @param changes - what to add and remove
 * @param updatedAt - when
 * @returns the annotation as stored now
 */
export async function changeAnnotationTags(
  db: GlossDatabase,
  id: string,
  changes: TagChanges,
  updatedAt: number,
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await storedAt(db, id)
    const kept = (changes.remove ?? []).reduce(removeTag, stored.tags)
    const updated = { ...stored, tags: addTags(kept, changes.add ?? ''), updatedAt }
    await db.annotations.put(updated)
    return updated
  })
}

/**
 * Delete an annotation only if it is still at `expected` (as this window left it); one that is
 * gone already is fine.
 *
 * @param db - a writable database
 * @param id - which annotation
 * @param expected - its `updatedAt` as this window last wrote it
 */
export async function deleteAnnotationIfUnchanged(
  db: GlossDatabase,
  id: string,
  expected: number,
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(id)
    if (!stored) return
    if (stored.updatedAt !== expected) throw new AnnotationConflict('changed')
    await db.annotations.delete(id)
  })
}

/**
 * Delete the annotations still as given (undo of an import): one changed since, by another
 * window or a later edit, is kept. One transaction.
 *
 * @param db - a writable database
 * @param annotations - the rows as written
 * @returns how many were kept because they had changed
 */
export async function deleteAnnotationsIfUnchanged(
  db: GlossDatabase,
  annotations: readonly Pick<Annotation, 'id' | 'updatedAt'>[],
): Promise<number> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.bulkGet(annotations.map((a) => a.id))
    const unchanged = annotations.filter((a, i) => stored[i]?.updatedAt === a.updatedAt)
    await db.annotations.bulkDelete(unchanged.map((a) => a.id))
    return stored.filter(Boolean).length - unchanged.length
  })
}

/**
 * Put a deleted annotation back (undo of a delete, redo of a creation), unless a row with its
 * id exists: that one is newer than the copy being put back.
 *
 * @param db - a writable database
 * @param annotation - the annotation as it was
 */
export async function restoreAnnotation(db: GlossDatabase, annotation: Annotation): Promise<void> {
  const row = plainAnnotation(annotation)
  await db.transaction('rw', db.annotations, async () => {
    if ((await db.annotations.get(row.id)) !== undefined) throw new AnnotationConflict('changed')
    await db.annotations.add(row)
  })
}
