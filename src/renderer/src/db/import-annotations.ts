/**
 * Writing imported annotations: which of a file's ids the database holds already (on any
 * article), and the import itself, all or nothing in one transaction with strict durability.
 */
import type { Annotation } from '@shared/annotation'
import { plainAnnotation } from './annotation-rows'
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

/**
 * Add imported annotations in one strict-durability transaction: every one or, if any write
 * fails (a full disk), none. An id stored since the reader confirmed is left as it is, never
 * overwritten.
 *
 * @param db - a writable database
 * @param annotations - complete annotations for the current article
 * @returns the ids added
 */
export async function importAnnotations(
  db: GlossDatabase,
  annotations: readonly Annotation[],
): Promise<string[]> {
  const rows = annotations.map(plainAnnotation)
  return withStrictDurability(db, (strict) => {
    const table = strict.table<Annotation, string>('annotations')
    return strict.transaction('rw', table, async () => {
      const stored = new Set(
        await table
          .where(':id')
          .anyOf(rows.map((row) => row.id))
          .primaryKeys(),
      )
      const fresh = rows.filter((row) => !stored.has(row.id))
      await table.bulkAdd(fresh)
      return fresh.map((row) => row.id)
    })
  })
}
