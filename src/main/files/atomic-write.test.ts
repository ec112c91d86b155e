import * as nodeFs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs, type WritableFile } from './atomic-write'

const OLD = 'old notes, precious\n'
const NEW = '# New notes\n'.repeat(1000)

let folder: string
let target: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gloss-atomic-'))
  target = join(folder, 'notes.md')
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Node's fs, with the written file's writeFile cut off after half the text. */
function failingMidWrite(): AtomicWriteFs {
  return {
    ...nodeFs,
    async open(path, flags, mode) {
      const handle = await nodeFs.open(path, flags, mode)
      if (flags !== 'wx') return handle
      const failing: WritableFile = {
        async writeFile(data) {
          await handle.writeFile(data.slice(0, data.length / 2), 'utf8')
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      }
      return failing
    },
  }
}

describe('writeFileAtomic', () => {
  it('creates a new file', async () => {
    await writeFileAtomic(target, NEW)
    expect(await readFile(target, 'utf8')).toBe(NEW)
    expect(await readdir(folder)).toEqual(['notes.md'])
  })

  it('replaces an existing file and keeps its permissions', async () => {
    await writeFile(target, OLD, { mode: 0o600 })
    await writeFileAtomic(target, NEW)
    expect(await readFile(target, 'utf8')).toBe(NEW)
    expect((await stat(target)).mode & 0o777).toBe(0o600)
    expect(await readdir(folder)).toEqual(['notes.md'])
  })

  it('leaves the old file intact and no temp file when the write fails midway', async () => {
    await writeFile(target, OLD)
    await expect(writeFileAtomic(target, NEW, failingMidWrite())).rejects.toThrow('ENOSPC')
    expect(await readFile(target, 'utf8')).toBe(OLD)
    expect(await readdir(folder)).toEqual(['notes.md'])
  })

  it('leaves the old file intact and no temp file when the rename fails', async () => {
    await writeFile(target, OLD)
    const fs: AtomicWriteFs = {
      ...nodeFs,
      rename: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
      },
    }
    await expect(writeFileAtomic(target, NEW, fs)).rejects.toThrow('EACCES')
    expect(await readFile(target, 'utf8')).toBe(OLD)
    expect(await readdir(folder)).toEqual(['notes.md'])
  })

  it('fails cleanly in a folder that does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'gone', 'notes.md'), NEW)).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(await readdir(folder)).toEqual([])
  })

  it('writes a file given in parts as their text one after another', async () => {
    await writeFileAtomic(target, ['{"a": "é', '😀', '"}\n'])
    expect(await readFile(target, 'utf8')).toBe('{"a": "é😀"}\n')
  })

  it('writes text as UTF-8, emoji and RTL included', async () => {
    const text = 'ملاحظات 👩‍💻 e\u0301 \u202E\n'
    await writeFileAtomic(target, text)
    expect(await readFile(target, 'utf8')).toBe(text)
  })
})
