import { afterEach, describe, expect, it, vi } from 'vitest'
import { readBackup } from '@renderer/backup/backup-file'
import { annotation, STORED } from '@renderer/backup/backup-test-app'
import { openDatabase, type DatabaseConnection } from '@renderer/db/connection'
import { countAllData, readAllData, replaceAllData } from '@renderer/db/backup'
import { freshIndexedDb } from '@renderer/db/test-databases'
import type { IndexedDbDependencies } from '@renderer/db/database'
import { libraryMarks } from './library-marks'
import type { RescueCopy } from './rescue-copy'
import { LOST_MESSAGE, rescueOnStart } from './rescue-on-start'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

const open: DatabaseConnection[] = []
afterEach(() => {
  open.splice(0).forEach((connection) => connection.db?.close())
  localStorage.clear()
})

async function start(library: IndexedDbDependencies): Promise<DatabaseConnection> {
  const connection = await openDatabase(library)
  open.push(connection)
  return connection
}

function memoryCopy(): RescueCopy & { text: string | null } {
  return {
    text: null,
    async read() {
      return this.text
    },
    async write(text) {
      this.text = text
    },
    async remove() {
      this.text = null
    },
  }
}

const marks = () => libraryMarks(localStorage)

describe('keeping the library through a full disk', () => {
  it('copies everything aside on the start after the disk was full', async () => {
    const library = freshIndexedDb()
    const first = await start(library)
    await replaceAllData(first.db!, STORED)
    marks().markDiskFull()
    const copy = memoryCopy()
    const second = await rescueOnStart(await start(library), marks(), copy)
    expect(second.problem).toBeNull()
    const saved = readBackup(copy.text!)
    expect(saved.ok && saved.value.data.annotations).toHaveLength(STORED.annotations.length)
    expect(marks().diskFullSeen()).toBe(false)
    expect(marks().libraryExisted()).toBe(true)
  })

  it('brings the library back when the browser discarded the database, and says so', async () => {
    const copy = memoryCopy()
    const before = freshIndexedDb()
    const old = await start(before)
    await replaceAllData(old.db!, { ...STORED, annotations: [annotation('kept', 'seed')] })
    marks().markDiskFull()
    await rescueOnStart(await start(before), marks(), copy)

    // Chromium deleted the damaged database: the next start finds a new, empty one.
    const lost = await start(freshIndexedDb())
    expect(lost.created).toBe(true)
    const rescued = await rescueOnStart(lost, marks(), copy)
    expect(rescued.problem).toMatch(
      /^Gloss brought back 1 highlight and your notes as they were on .*: the browser had discarded its storage after the disk was full\.$/,
    )
    expect((await readAllData(lost.db!)).annotations.map((row) => row.id)).toEqual(['kept'])
    expect(copy.text).toBeNull()
  })

  it('says plainly that the library is gone when there is no copy to bring back', async () => {
    marks().markLibraryExists()
    const lost = await rescueOnStart(await start(freshIndexedDb()), marks(), memoryCopy())
    expect(lost.problem).toBe(LOST_MESSAGE)
    expect(await rescueOnStart(await start(freshIndexedDb()), marks(), null)).toMatchObject({
      problem: LOST_MESSAGE,
    })
  })

  it('changes nothing on a first start, or on a database it may not write', async () => {
    const copy = memoryCopy()
    const first = await start(freshIndexedDb())
    expect(await rescueOnStart(first, marks(), copy)).toEqual(first)
    expect(marks().libraryExisted()).toBe(false)
    marks().markDiskFull()
    const library = freshIndexedDb()
    const stored = await start(library)
    await replaceAllData(stored.db!, STORED)
    const readOnly = { ...(await start(library)), writable: false }
    expect(await rescueOnStart(readOnly, marks(), copy)).toEqual(readOnly)
    expect(copy.text).toBeNull()
    expect(await countAllData(stored.db!)).toMatchObject({ annotations: 3 })
  })
})
