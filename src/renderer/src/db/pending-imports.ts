/**
 * "Not in your library": what an import held for pages the library does not have, kept in
 * `pendingImports` until the page is added or the reader deletes it. Rows are read back
 * checked (another version may have written them); writes that go with an import are in
 * `import-annotations.ts`, in the import's own transaction.
 *
 * A page being added finds what waits for it by its address when both it and the waiting
 * document have one, and by its title key when either has none (a Readwise book named by
 * title, an article pasted without an address): two different addresses are two pages,
 * whatever their titles.
 */
import { toRaw } from 'vue'
import { isHighlightColor } from '@shared/annotation'
import type { GlossDatabase, PendingImportRecord } from './database'
import { withStrictDurability } from './strict-durability'

const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null
const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every(isString)

function isCandidate(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.target) || !isRecord(value.target.quote)) return false
  const { quote, position } = value.target
  return (
    isString(value.id) &&
    isHighlightColor(value.color) &&
    isString(value.note) &&
    isStrings(value.tags) &&
    isNumber(value.createdAt) &&
    isNumber(value.updatedAt) &&
    ['exact', 'prefix', 'suffix'].every((key) => isString(quote[key])) &&
    (position === null ||
      (isRecord(position) && isNumber(position.start) && isNumber(position.end)))
  )
}

function isPageNote(value: unknown): boolean {
  return (
    isRecord(value) &&
    isString(value.note) &&
    isStrings(value.tags) &&
    isNumber(value.createdAt) &&
    typeof value.reply === 'boolean'
  )
}

/** @param value - a stored row */
export function isStoredPendingImport(value: unknown): value is PendingImportRecord {
  if (!isRecord(value) || !isRecord(value.document) || !isRecord(value.item)) return false
  const { document, item } = value
  return (
    isString(value.id) &&
    isNumber(value.importedAt) &&
    ['source', 'normalizedUrl', 'title', 'titleKey'].every((key) => isString(document[key])) &&
    ((item.kind === 'highlight' && isCandidate(item.candidate)) ||
      (item.kind === 'page-note' && isPageNote(item.pageNote)))
  )
}

/** A plain copy to store (structured clone cannot copy Vue proxies). */
export function plainPendingImport(row: PendingImportRecord): PendingImportRecord {
  return structuredClone(toRaw(row))
}

/**
 * Everything waiting, oldest import first.
 *
 * @param db - an open database
 */
export async function listPendingImports(db: GlossDatabase): Promise<PendingImportRecord[]> {
  const rows: unknown[] = await db.pendingImports.orderBy('importedAt').toArray()
  return rows.filter(isStoredPendingImport)
}

/** What a page being added is recognised by. */
export interface AddedPageKeys {
  /** `normalizeUrl` of its address; '' when it has none. */
  readonly normalizedUrl: string
  /** `titleKey` of its title. */
  readonly titleKey: string
}

/**
 * What waits for a page: by address, and by title where an address cannot tell.
 *
 * @param db - an open database
 * @param page - the page's keys
 */
export async function findPendingFor(
  db: GlossDatabase,
  { normalizedUrl, titleKey }: AddedPageKeys,
): Promise<PendingImportRecord[]> {
  return db.transaction('r', db.pendingImports, async () => {
    const byUrl: unknown[] = normalizedUrl
      ? await db.pendingImports.where('document.normalizedUrl').equals(normalizedUrl).toArray()
      : []
    const byTitle: unknown[] = titleKey
      ? await db.pendingImports.where('document.titleKey').equals(titleKey).toArray()
      : []
    const titled = byTitle
      .filter(isStoredPendingImport)
      .filter((row) => normalizedUrl === '' || row.document.normalizedUrl === '')
    const seen = new Set<string>()
    return [...byUrl.filter(isStoredPendingImport), ...titled]
      .filter((row) => !seen.has(row.id) && seen.add(row.id))
      .sort((a, b) => a.importedAt - b.importedAt)
  })
}

/**
 * Delete waiting rows, in one strict transaction; resolves the rows deleted (for undo).
 *
 * @param db - a writable database
 * @param ids - the rows
 */
export async function deletePendingImports(
  db: GlossDatabase,
  ids: readonly string[],
): Promise<PendingImportRecord[]> {
  return withStrictDurability(db, (strict) => {
    const table = strict.table<PendingImportRecord, string>('pendingImports')
    return strict.transaction('rw', table, async () => {
      const rows = (await table.bulkGet([...ids])).filter(isStoredPendingImport)
      await table.bulkDelete(rows.map((row) => row.id))
      return rows
    })
  })
}

/**
 * Put deleted rows back (undo of a delete), leaving any stored since as they are.
 *
 * @param db - a writable database
 * @param rows - the rows `deletePendingImports` gave
 */
export async function restorePendingImports(
  db: GlossDatabase,
  rows: readonly PendingImportRecord[],
): Promise<void> {
  await withStrictDurability(db, (strict) => {
    const table = strict.table<PendingImportRecord, string>('pendingImports')
    return strict.transaction('rw', table, async () => {
      const stored = new Set(
        await table
          .where(':id')
          .anyOf(rows.map((row) => row.id))
          .primaryKeys(),
      )
      await table.bulkAdd(rows.filter((row) => !stored.has(row.id)).map(plainPendingImport))
    })
  })
}

/**
 * The ids, of those given, that wait already.
 *
 * @param db - an open database
 * @param ids - annotation ids from a file
 */
export async function findWaitingIds(
  db: GlossDatabase,
  ids: readonly string[],
): Promise<Set<string>> {
  return new Set(
    await db.pendingImports
      .where(':id')
      .anyOf([...ids])
      .primaryKeys(),
  )
}
