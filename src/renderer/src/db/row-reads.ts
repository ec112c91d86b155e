/**
 * Test helper: counts the rows a database hands out, per table, through a Dexie middleware at
 * its core (`get`, `getMany`, and queries and cursors that ask for values, not keys). It tells
 * a list read by keys alone from one that reads the rows of the whole library.
 */
import type { DBCore, DBCoreTable } from 'dexie'
import type { GlossDatabase } from './database'

export type RowReads = Map<string, number>

function countingTable(table: DBCoreTable, reads: RowReads): DBCoreTable {
  const add = (n: number): void => {
    reads.set(table.name, (reads.get(table.name) ?? 0) + n)
  }
  return {
    ...table,
    get: async (request) => {
      const row: unknown = await table.get(request)
      if (row !== undefined) add(1)
      return row
    },
    getMany: async (request) => {
      const rows = await table.getMany(request)
      add(rows.filter((row) => row !== undefined).length)
      return rows
    },
    query: async (request) => {
      const response = await table.query(request)
      if (request.values) add(response.result.length)
      return response
    },
    openCursor: async (request) => {
      // A cursor over values reads rows one by one; none of the library's reads should use one.
      if (request.values) add(1)
      return table.openCursor(request)
    },
  }
}

/**
 * Count, from now on, the rows `db` reads. Call before the database is opened.
 *
 * @param db - a database not yet opened
 * @returns rows read so far, by table name
 */
export function countRowReads(db: GlossDatabase): RowReads {
  const reads: RowReads = new Map()
  db.use({
    stack: 'dbcore',
    name: 'count-row-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => countingTable(down.table(name), reads),
    }),
  })
  return reads
}
