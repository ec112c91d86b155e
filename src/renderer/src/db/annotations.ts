/**
 * Reads and writes of highlights (`annotations`) and article notes (`articleNotes`): the one
 * module that touches those tables. Stores call it through `useStorageStore().read/write`;
 * import, export and backup call it too. Every function is one short transaction holding
 * database work only (no IPC, timers, fetch or crypto inside), so a failure leaves nothing
 * half-written. Rows are stored as plain copies (`annotation-rows.ts`). Failures reject; a
 * full disk rejects as `disk-full.ts` describes.
 */
import Dexie, { type IndexableType } from 'dexie'
import { toRaw } from 'vue'
import type { Annotation, ArticleNote } from '@shared/annotation'
import { isStoredAnnotation, isStoredArticleNote, plainAnnotation } from './annotation-rows'
import { ANNOTATIONS_BY_POSITION, type GlossDatabase } from './database'

/** Rows may come from another version of Gloss: hand out only well-formed ones. */
function wellFormed(rows: readonly unknown[]): Annotation[] {
  return rows.filter(isStoredAnnotation)
}

/**
 * Rows per read of an article's annotations. Each read's rows arrive, and are deserialised (and
 * recorded by `liveQuery`), in a task of their own: an article with 10,000 annotations is read in
 * ten short tasks rather than one long one that would hold up the page.
 */
export const ROWS_PER_READ = 1000

/**
 * Every annotation of an article, ordered by stored position (start), read in pages of
 * `ROWS_PER_READ` along the index inside one read-only transaction (so the pages fit together).
 * Usable inside `liveQuery`.
 *
 * @param db - an open database
 * @param articleId - the article's id
 */
export async function listArticleAnnotations(
  db: GlossDatabase,
  articleId: string,
): Promise<Annotation[]> {
  return db.transaction('r', db.annotations, async () => {
    const rows: Annotation[] = []
    // A page starts at the last start read before, and begins with the rows already read at that
    // start: the index orders rows of one key by primary key, so they come first, in that order.
    let from: IndexableType = Dexie.minKey
    let alreadyRead = 0
    for (;;) {
      const wanted = ROWS_PER_READ + alreadyRead
      const page: Annotation[] = await db.annotations
        .where(ANNOTATIONS_BY_POSITION)
        .between([articleId, from], [articleId, Dexie.maxKey], true)
        .limit(wanted)
        .toArray()
      for (let i = alreadyRead; i < page.length; i++) rows.push(page[i])
      if (page.length < wanted) return wellFormed(rows)
      // Every row in the index has a key at `target.position.start`.
      const last: IndexableType = page[page.length - 1].target.position.start
      alreadyRead = trailingAt(page, last)
      from = last
    }
  })
}

/** How many rows at the end of a page have their stored start at `start`. */
function trailingAt(page: readonly Annotation[], start: IndexableType): number {
  let count = 0
  while (count < page.length && page[page.length - 1 - count].target.position.start === start) {
    count++
  }
  return count
}

/**
 * Every annotation of every article, least recently changed first (for backups), read in pages
 * of `ROWS_PER_READ` along the primary key, so tens of thousands of rows arrive in short tasks.
 *
 * @param db - an open database
 */
export async function listAllAnnotations(db: GlossDatabase): Promise<Annotation[]> {
  const rows: unknown[] = []
  let last: string | undefined
  for (;;) {
    const from =
      last === undefined ? db.annotations.orderBy(':id') : db.annotations.where(':id').above(last)
    const page = await from.limit(ROWS_PER_READ).toArray()
    rows.push(...page)
    if (page.length < ROWS_PER_READ) break
    last = page[page.length - 1].id
  }
  return wellFormed(rows).sort((a, b) => a.updatedAt - b.updatedAt)
}

/**
 * Every tag used on any annotation, sorted, each once (tag suggestions). Usable in `liveQuery`.
 *
 * @param db - an open database
 */
export async function listTags(db: GlossDatabase): Promise<string[]> {
  const keys = await db.annotations.orderBy('tags').uniqueKeys()
  return keys.filter((key): key is string => typeof key === 'string')
}

/**
 * Store a new highlight, unless the article already has one on exactly the same passage
 * (same start and end): then that one takes the new colour instead, so highlighting a passage
 * twice never makes a duplicate.
 *
 * @param db - a writable database
 * @param annotation - the new annotation
 * @returns the annotation now stored for that passage: the new one, or the recoloured old one
 */
export async function createAnnotation(
  db: GlossDatabase,
  annotation: Annotation,
): Promise<Annotation> {
  const row = plainAnnotation(annotation)
  const { start, end } = row.target.position
  return db.transaction('rw', db.annotations, async () => {
    // The add and the look for another highlight on the passage go out together, one trip to
    // the database instead of two in a row (a new highlight is saved within a frame). Only when
    // another window got there first is the add undone, in this same transaction.
    const [, atStart] = await Promise.all([
      db.annotations.add(row),
      db.annotations.where(ANNOTATIONS_BY_POSITION).equals([row.articleId, start]).toArray(),
    ])
    const samePlace = atStart.find(
      (other) => other.id !== row.id && other.target.position.end === end,
    )
    if (!samePlace) return row
    const recoloured = { ...samePlace, color: row.color, updatedAt: row.updatedAt }
    await Promise.all([db.annotations.delete(row.id), db.annotations.put(recoloured)])
    return recoloured
  })
}

/**
 * Store annotations as given, replacing any with the same id: all of them or, if one fails,
 * none (one transaction). For undo, redo, import and restore.
 *
 * @param db - a writable database
 * @param annotations - complete annotations
 */
export async function putAnnotations(
  db: GlossDatabase,
  annotations: readonly Annotation[],
): Promise<void> {
  const rows = annotations.map(plainAnnotation)
  await db.transaction('rw', db.annotations, async () => {
    await db.annotations.bulkPut(rows)
  })
}

/**
 * Delete annotations; ids that do not exist are ignored.
 *
 * @param db - a writable database
 * @param ids - which annotations
 */
export async function deleteAnnotations(db: GlossDatabase, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    await db.annotations.bulkDelete([...ids])
  })
}

/**
 * The article-level note, or undefined if none was ever written. Usable in `liveQuery`.
 *
 * @param db - an open database
 * @param articleId - the article's id
 */
export async function readArticleNote(
  db: GlossDatabase,
  articleId: string,
): Promise<ArticleNote | undefined> {
  const row: unknown = await db.articleNotes.get(articleId)
  return isStoredArticleNote(row) ? row : undefined
}

/**
 * Every article note (for backups).
 *
 * @param db - an open database
 */
export async function listArticleNotes(db: GlossDatabase): Promise<ArticleNote[]> {
  return (await db.articleNotes.toArray()).filter(isStoredArticleNote)
}

/**
 * Save an article's note, replacing the earlier one.
 *
 * @param db - a writable database
 * @param note - the note, keyed by its `articleId`
 */
export async function writeArticleNote(db: GlossDatabase, note: ArticleNote): Promise<void> {
  const { articleId, note: text, updatedAt } = toRaw(note)
  await db.articleNotes.put({ articleId, note: text, updatedAt })
}

/**
 * Put an article note back as it was (`before`; none: delete it), unless it has changed since
 * it became `after` (typed on since, here or in another window): undoing an import.
 *
 * @param db - a writable database
 * @param after - the note as the import left it
 * @param before - the note before the import, undefined when there was none
 */
export async function restoreArticleNoteIfUnchanged(
  db: GlossDatabase,
  after: ArticleNote,
  before: ArticleNote | undefined,
): Promise<void> {
  await db.transaction('rw', db.articleNotes, async () => {
    const row: unknown = await db.articleNotes.get(after.articleId)
    if (!isStoredArticleNote(row) || row.note !== after.note) return
    if (before) await db.articleNotes.put(toRaw(before))
    else await db.articleNotes.delete(after.articleId)
  })
}
