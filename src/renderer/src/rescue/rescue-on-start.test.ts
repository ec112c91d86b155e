import { afterEach, describe, expect, it, vi } from 'vitest'
import { readBackup } from '@renderer/backup/backup-file'
import { annotation, STORED } from '@renderer/backup/backup-test-app'
import { openDatabase, type DatabaseConnection } from '@renderer/db/connection'
import { countAllData, readAllData, replaceAllData } from '@renderer/db/backup'
import { freshIndexedDb } from '@renderer/db/test-databases'
import type { IndexedDbDependencies } from '@renderer/db/database'
import { keepRescueCopy, RESCUE_EVERY_MS } from './keep-rescue-copy'
import { libraryMarks } from './library-marks'
import type { RescueCopy } from './rescue-copy'
import { LOST_MESSAGE, rescueOnStart } from './rescue-on-start'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

const open: DatabaseConnection[] = []
afterEach(() => {
  open.splice(0).forEach((connection) => connection.db?.close())
  localStorage.clear()
  vi.restoreAllMocks()
})

async function start(library: IndexedDbDependencies): Promise<DatabaseConnection> {
  const connection = await openDatabase(library)
  open.push(connection)
  return connection
}

/** A rescue copy in memory; `failing` makes writes fail halfway, as a full disk does. */
function memoryCopy(): RescueCopy & { text: string | null; failing: boolean; pieces: number } {
  return {
    text: null,
    failing: false,
    pieces: 0,
    async read() {
      return this.text
    },
    async write(pieces) {
      const written: string[] = []
      for (const piece of pieces) {
        if (this.failing && written.length > 0) throw new Error('QuotaExceededError')
        written.push(piece)
      }
      this.pieces = written.length
      this.text = written.join('')
    },
  }
}

const marks = () => libraryMarks(localStorage)
const NOW = new Date(Date.UTC(2026, 11, 3, 10))

describe('the rescue copy', () => {
  it('is made while all is well, a piece at a time, at most once an hour', async () => {
    const { db } = await start(freshIndexedDb())
    await replaceAllData(db!, STORED)
    const copy = memoryCopy()
    expect(await keepRescueCopy(db!, copy, marks(), NOW)).toBe(true)
    const saved = readBackup(copy.text!)
    expect(saved.ok && saved.value.data.articleNotes).toEqual((await readAllData(db!)).articleNotes)
    expect(saved.ok && saved.value.data.annotations.map((a) => a.id).sort()).toEqual([
      'a1',
      'a2',
      'a3',
    ])
    expect(copy.pieces).toBeGreaterThan(3)
    expect(marks().libraryExisted()).toBe(true)
    const later = new Date(NOW.getTime() + RESCUE_EVERY_MS - 1)
    expect(await keepRescueCopy(db!, copy, marks(), later)).toBe(false)
    expect(
      await keepRescueCopy(db!, copy, marks(), new Date(NOW.getTime() + RESCUE_EVERY_MS)),
    ).toBe(true)
  })

  it('keeps the previous copy when a new one cannot be written', async () => {
    const { db } = await start(freshIndexedDb())
    await replaceAllData(db!, STORED)
    const copy = memoryCopy()
    await keepRescueCopy(db!, copy, marks(), NOW)
    const before = copy.text
    copy.failing = true
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    await db!.annotations.clear()
    await db!.articleNotes.put({ articleId: 'x', note: 'new', updatedAt: 9 })
    const later = new Date(NOW.getTime() + RESCUE_EVERY_MS)
    expect(await keepRescueCopy(db!, copy, marks(), later)).toBe(false)
    expect(copy.text).toBe(before)
    expect(marks().copiedAt()).toBe(NOW.getTime())
  })
})

describe('a start that finds the database gone', () => {
  it('brings the library back from the rescue copy, and says from when', async () => {
    const copy = memoryCopy()
    const before = await start(freshIndexedDb())
    await replaceAllData(before.db!, { ...STORED, annotations: [annotation('kept', 'seed')] })
    await rescueOnStart(before, marks(), copy)
    await keepRescueCopy(before.db!, copy, marks(), NOW)

    // Chromium deleted the damaged database: the next start finds a new, empty one.
    const lost = await start(freshIndexedDb())
    expect(lost.created).toBe(true)
    const rescued = await rescueOnStart(lost, marks(), copy)
    expect(rescued.problem).toBe(
      'Gloss brought back 1 highlight and your notes as they were on 3 December 2026 at ' +
        `${NOW.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}: the browser ` +
        'had discarded its storage after the disk was full.',
    )
    expect((await readAllData(lost.db!)).annotations.map((row) => row.id)).toEqual(['kept'])
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
    const library = freshIndexedDb()
    const stored = await start(library)
    await replaceAllData(stored.db!, STORED)
    marks().markLibraryExists()
    const readOnly = { ...(await start(freshIndexedDb())), writable: false }
    expect(await rescueOnStart(readOnly, marks(), copy)).toEqual(readOnly)
    expect(await countAllData(stored.db!)).toMatchObject({ annotations: 3 })
  })
})
