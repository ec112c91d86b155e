import * as nodeFs from 'node:fs/promises'
import { lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  READ_ONLY_FILE,
  writeFileAtomic,
  type AtomicWriteFs,
  type WritableFile,
} from './atomic-write'
import { describeFileError } from './file-errors'

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

  it('writes bytes as they are (a backup ZIP)', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0xe9])
    await writeFileAtomic(target, bytes)
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
  })

  it('writes through a symlink to the file it points at, and leaves the link a link', async () => {
    const real = join(folder, 'real notes.md')
    await writeFile(real, OLD)
    await symlink(real, target)
    await writeFileAtomic(target, NEW)
    expect((await lstat(target)).isSymbolicLink()).toBe(true)
    expect(await readFile(real, 'utf8')).toBe(NEW)
    expect((await readdir(folder)).sort()).toEqual(['notes.md', 'real notes.md'])
  })

  it('refuses a link to nothing, and writes nothing', async () => {
    await symlink(join(folder, 'gone.md'), target)
    await expect(writeFileAtomic(target, NEW)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(folder)).toEqual(['notes.md'])
  })

  it('refuses to replace a read-only file, says so plainly, and leaves no temporary file', async () => {
    await writeFile(target, OLD, { mode: 0o444 })
    const refusal = await writeFileAtomic(target, NEW).catch((cause: unknown) => cause)
    expect(refusal).toMatchObject({ code: READ_ONLY_FILE })
    expect(describeFileError(refusal)).toBe(
      'That file is read-only, so Gloss did not replace it. Choose another name.',
    )
    expect(await readFile(target, 'utf8')).toBe(OLD)
    expect(await readdir(folder)).toEqual(['notes.md'])
  })

  it('writes text as UTF-8, emoji and RTL included', async () => {
    const text = 'ملاحظات 👩‍💻 e\u0301 \u202E\n'
    await writeFileAtomic(target, text)
    expect(await readFile(target, 'utf8')).toBe(text)
  })
})
