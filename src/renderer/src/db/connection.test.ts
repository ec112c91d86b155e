import { describe, expect, it } from 'vitest'
import { NEWER_VERSION_PROBLEM, openDatabase } from './connection'
import { DATABASE_NAME, SCHEMA_VERSION, type IndexedDbDependencies } from './database'
import { freshIndexedDb, writeNewerVersionDatabase } from './test-databases'
import { readSetting } from './reader-state'

async function storedVersion(dependencies: IndexedDbDependencies): Promise<number | undefined> {
  const databases = await dependencies.indexedDB.databases()
  return databases.find((info) => info.name === DATABASE_NAME)?.version
}

describe('openDatabase', () => {
  it('creates the database at this schema version, writable, with nothing to report', async () => {
    const dependencies = freshIndexedDb()
    const connection = await openDatabase(dependencies)
    expect(connection.writable).toBe(true)
    expect(connection.problem).toBeNull()
    expect(connection.db?.tables.map((t) => t.name).sort()).toEqual([
      'annotations',
      'articleBodies',
      'articleImages',
      'articleNotes',
      'articleVersionImages',
      'articleVersions',
      'articles',
      'pendingImports',
      'readingPositions',
      'settings',
    ])
    expect(await storedVersion(dependencies)).toBe(SCHEMA_VERSION * 10)
    connection.db?.close()
  })

  it('opens a newer version read-only, says so, and leaves it unchanged', async () => {
    const dependencies = freshIndexedDb()
    await writeNewerVersionDatabase(dependencies, { theme: 'dark' })

    const connection = await openDatabase(dependencies)
    expect(connection.writable).toBe(false)
    expect(connection.problem).toBe(NEWER_VERSION_PROBLEM)
    expect(await readSetting(connection.db!, 'reading')).toEqual({ theme: 'dark' })
    expect(await storedVersion(dependencies)).toBe((SCHEMA_VERSION + 1) * 10)
    expect(connection.db?.tables.map((t) => t.name)).toContain('collections')
    connection.db?.close()
  })

  it('reports storage as unavailable, without throwing, when there is no IndexedDB', async () => {
    const connection = await openDatabase(null)
    expect(connection.db).toBeNull()
    expect(connection.writable).toBe(false)
    expect(connection.problem).toMatch(/could not open its storage.*IndexedDB is not available/)
  })

  it('says plainly that saved data is untouched when the database will not open', async () => {
    const failing = (error: DOMException): IndexedDbDependencies => ({
      ...freshIndexedDb(),
      indexedDB: {
        databases: async () => [],
        open: () => {
          throw error
        },
      } as unknown as IDBFactory,
    })
    const full = await openDatabase(
      failing(
        new DOMException('Encountered full disk while opening backing store', 'QuotaExceededError'),
      ),
    )
    expect(full.db).toBeNull()
    expect(full.problem).toBe(
      'Gloss could not open your saved highlights and notes because the disk is full. Nothing of ' +
        'them is changed: free some space, then restart Gloss. What you do until then is not kept.',
    )
    const damaged = await openDatabase(
      failing(
        new DOMException(
          'Internal error opening backing store for indexedDB.open.',
          'UnknownError',
        ),
      ),
    )
    expect(damaged.problem).toBe(
      'Gloss could not open your saved highlights and notes (UnknownError: Internal error ' +
        'opening backing store for indexedDB.open.). Nothing of them is changed: free some ' +
        'space, then restart Gloss. What you do until then is not kept.',
    )
  })
})
