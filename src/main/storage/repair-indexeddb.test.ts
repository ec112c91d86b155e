import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { REPAIR_COPIES_DIR, repairTornIndexedDbLogs } from './repair-indexeddb'

const FIXTURE = join(__dirname, '../../../fixtures/leveldb/torn-after-disk-full.log.gz')
const NOW = new Date(Date.UTC(2026, 11, 3, 10, 0, 0))

let userData: string
let store: string
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'gloss-profile-'))
  store = join(userData, 'IndexedDB', 'gloss_app_0.indexeddb.leveldb')
  await mkdir(store, { recursive: true })
  await writeFile(join(store, 'CURRENT'), 'MANIFEST-000001\n')
})
afterEach(() => rm(userData, { recursive: true, force: true }))

describe('repairTornIndexedDbLogs', () => {
  it('copies the folder aside and cuts the torn write off the newest log', async () => {
    await writeFile(join(store, '000003.log'), gunzipSync(await readFile(FIXTURE)))
    await writeFile(join(store, '000001.log'), 'older, not read')
    const repairs = await repairTornIndexedDbLogs(userData, NOW)
    const copy = join(
      userData,
      REPAIR_COPIES_DIR,
      '2026-12-03T10-00-00-000Z',
      'gloss_app_0.indexeddb.leveldb',
    )
    expect(repairs).toEqual([{ log: join(store, '000003.log'), kept: 553_374, cut: 40, copy }])
    expect((await stat(join(store, '000003.log'))).size).toBe(553_374)
    expect((await stat(join(copy, '000003.log'))).size).toBe(553_414)
    expect(await readFile(join(store, '000001.log'), 'utf8')).toBe('older, not read')
    // Whole now: the next start changes nothing.
    expect(await repairTornIndexedDbLogs(userData, new Date())).toEqual([])
  })

  it('mends the log even when the disk is too full for the copy, and leaves no half copy', async () => {
    await writeFile(join(store, '000003.log'), gunzipSync(await readFile(FIXTURE)))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const removed: string[] = []
    const repairs = await repairTornIndexedDbLogs(userData, NOW, {
      readdir: (path) => import('node:fs/promises').then((fs) => fs.readdir(path)),
      readFile: (path) => readFile(path),
      truncate: (path, length) =>
        import('node:fs/promises').then((fs) => fs.truncate(path, length)),
      cp: async () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
      },
      rm: async (path) => {
        removed.push(path)
      },
    })
    expect(repairs).toMatchObject([{ kept: 553_374, copy: null }])
    expect(removed).toHaveLength(1)
    expect((await stat(join(store, '000003.log'))).size).toBe(553_374)
    warn.mockRestore()
  })

  it('does nothing on a first start, or to a whole log', async () => {
    expect(await repairTornIndexedDbLogs(join(userData, 'none'), NOW)).toEqual([])
    await writeFile(join(store, '000003.log'), Uint8Array.from([0, 0, 0, 0, 1, 0, 1, 42]))
    expect(await repairTornIndexedDbLogs(userData, NOW)).toEqual([])
  })

  it('never throws: a folder it cannot repair is reported and left', async () => {
    await writeFile(join(store, '000003.log'), gunzipSync(await readFile(FIXTURE)))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const repairs = await repairTornIndexedDbLogs(userData, NOW, {
      readdir: (path) => import('node:fs/promises').then((fs) => fs.readdir(path)),
      readFile: (path) => readFile(path),
      truncate: async () => {
        throw new Error('EACCES')
      },
      cp: async () => undefined,
      rm: async () => undefined,
    })
    expect(repairs).toEqual([])
    expect(warn).toHaveBeenCalledOnce()
    expect((await stat(join(store, '000003.log'))).size).toBe(553_414)
    warn.mockRestore()
  })
})
