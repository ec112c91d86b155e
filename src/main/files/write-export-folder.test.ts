import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EXPORT_MANIFEST_NAME } from '../../shared/export-folder'
import type { ExportFolderFile, WriteExportFolderRequest } from '../../shared/host'
import { createExportFolders, type ExportFolders } from './export-folders'
import { contentHash } from './export-manifest'
import { writeExportFolder } from './write-export-folder'

let root: string
let folder: string
let folders: ExportFolders
let token: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-export-folder-'))
  folder = join(root, 'Notes')
  await mkdir(folder)
  folders = createExportFolders()
  token = folders.add(folder).token
})

afterEach(async () => {
  await chmod(join(folder, 'a.md'), 0o644).catch(() => undefined)
  await rm(root, { recursive: true, force: true })
})

const FIRST: ExportFolderFile[] = [
  { name: 'a.md', content: '# A\n\n> first quote\n' },
  { name: 'b.md', content: '# B\n\n> ünïcode quote\n' },
]
const SECOND: ExportFolderFile[] = [
  { name: 'a.md', content: '# A\n\n> first quote\n\n> a new highlight\n' },
  { name: 'b.md', content: '# B\n\n> ünïcode quote\n\n> another\n' },
]

function write(files: readonly ExportFolderFile[], changed: WriteExportFolderRequest['changed']) {
  return writeExportFolder({ token, files, changed }, { folders })
}

const read = (name: string): Promise<string> => readFile(join(folder, name), 'utf8')

async function manifest(): Promise<Record<string, string>> {
  return JSON.parse(await read(EXPORT_MANIFEST_NAME)).files
}

describe('writeExportFolder', () => {
  it('writes every file into an empty folder, with a manifest of their hashes', async () => {
    expect(await write(FIRST, 'ask')).toEqual({
      ok: true,
      value: { status: 'written', written: 2, unchanged: 0, kept: [], skipped: [] },
    })
    expect(await read('a.md')).toBe(FIRST[0].content)
    expect(await read('b.md')).toBe(FIRST[1].content)
    expect(await manifest()).toEqual({
      'a.md': contentHash(FIRST[0].content),
      'b.md': contentHash(FIRST[1].content),
    })
    // Nothing else is left behind: no temporary file.
    expect((await readdir(folder)).sort()).toEqual([EXPORT_MANIFEST_NAME, 'a.md', 'b.md'])
  })

  it('replaces its own files from the last export without asking, and leaves identical ones', async () => {
    await write(FIRST, 'ask')
    const result = await write([SECOND[0], FIRST[1]], 'ask')
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'written', written: 1, unchanged: 1 },
    })
    expect(await read('a.md')).toBe(SECOND[0].content)
    expect((await manifest())['a.md']).toBe(contentHash(SECOND[0].content))
  })

  it('names a file the user changed since and writes nothing at all when asked to ask', async () => {
    await write(FIRST, 'ask')
    await writeFile(join(folder, 'a.md'), `${FIRST[0].content}\nMy own thoughts.\n`)
    const result = await write(SECOND, 'ask')
    expect(result).toEqual({ ok: true, value: { status: 'changed', changed: ['a.md'] } })
    expect(await read('a.md')).toContain('My own thoughts.')
    // Not even the file nobody changed: the reader decides first.
    expect(await read('b.md')).toBe(FIRST[1].content)
  })

  it('keeps the user’s file at keep, writes the rest, and asks again next time', async () => {
    await write(FIRST, 'ask')
    await writeFile(join(folder, 'a.md'), 'Mine now.\n')
    expect(await write(SECOND, 'keep')).toMatchObject({
      ok: true,
      value: { status: 'written', written: 1, kept: ['a.md'] },
    })
    expect(await read('a.md')).toBe('Mine now.\n')
    expect(await read('b.md')).toBe(SECOND[1].content)
    expect(await write(SECOND, 'ask')).toMatchObject({ value: { changed: ['a.md'] } })
  })

  it('replaces the user’s file at overwrite', async () => {
    await write(FIRST, 'ask')
    await writeFile(join(folder, 'a.md'), 'Mine now.\n')
    expect(await write(SECOND, 'overwrite')).toMatchObject({ value: { written: 2, kept: [] } })
    expect(await read('a.md')).toBe(SECOND[0].content)
    expect(await write(SECOND, 'ask')).toMatchObject({ value: { status: 'written', unchanged: 2 } })
  })

  it('writes a file the user deleted again, without asking', async () => {
    await write(FIRST, 'ask')
    await unlink(join(folder, 'a.md'))
    expect(await write(FIRST, 'ask')).toMatchObject({ value: { written: 1, unchanged: 1 } })
    expect(await read('a.md')).toBe(FIRST[0].content)
  })

  it('treats a file Gloss never wrote as the user’s', async () => {
    await writeFile(join(folder, 'a.md'), 'Notes I keep by hand.\n')
    expect(await write(FIRST, 'ask')).toMatchObject({ value: { changed: ['a.md'] } })
    expect(await read('a.md')).toBe('Notes I keep by hand.\n')
  })

  it('treats every file as the user’s when the manifest is damaged', async () => {
    await write(FIRST, 'ask')
    await writeFile(join(folder, EXPORT_MANIFEST_NAME), '{"format": "gloss-export", "files": ')
    expect(await write(SECOND, 'ask')).toMatchObject({ value: { changed: ['a.md', 'b.md'] } })
  })

  it('never writes through a link, which may lead out of the folder', async () => {
    const outside = join(root, 'outside.md')
    await writeFile(outside, 'not in the export folder\n')
    await symlink(outside, join(folder, 'a.md'))
    const result = await write(FIRST, 'overwrite')
    expect(result).toMatchObject({
      value: {
        written: 1,
        skipped: [{ name: 'a.md', reason: 'It is a link, which Gloss does not write through.' }],
      },
    })
    expect(await readFile(outside, 'utf8')).toBe('not in the export folder\n')
  })

  it('refuses a manifest that is a link, writing nothing', async () => {
    const outside = join(root, 'elsewhere.json')
    await writeFile(outside, '{}')
    await symlink(outside, join(folder, EXPORT_MANIFEST_NAME))
    const result = await write(FIRST, 'overwrite')
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
    expect(await readdir(folder)).toEqual([EXPORT_MANIFEST_NAME])
    expect(await readFile(outside, 'utf8')).toBe('{}')
  })

  it('skips a read-only file, saying so, and writes the others', async () => {
    await write(FIRST, 'ask')
    await chmod(join(folder, 'a.md'), 0o444)
    const result = await write(SECOND, 'ask')
    expect(result).toMatchObject({
      value: {
        written: 1,
        skipped: [{ name: 'a.md', reason: 'It is read-only, so Gloss did not replace it.' }],
      },
    })
    expect(await read('a.md')).toBe(FIRST[0].content)
    expect(await read('b.md')).toBe(SECOND[1].content)
  })

  it('skips a folder in the way', async () => {
    await mkdir(join(folder, 'a.md'))
    expect(await write(FIRST, 'ask')).toMatchObject({
      value: { written: 1, skipped: [{ name: 'a.md' }] },
    })
  })

  it('stops at a failed write, records what it wrote, and says how far it got', async () => {
    let writes = 0
    const result = await writeExportFolder(
      { token, files: FIRST, changed: 'ask' },
      {
        folders,
        write: async (path, content) => {
          if (++writes === 2) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
          await writeFile(path, content)
        },
      },
    )
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io',
        message:
          'Gloss wrote 1 of 2 files, then could not write "b.md": The disk is full. The files not written are as they were.',
      },
    })
    expect(Object.keys(await manifest())).toEqual(['a.md'])
  })

  it('refuses a token main never gave out, and a folder that is gone', async () => {
    const unknown = await writeExportFolder(
      { token: '5f0c6a2e-3b1d-4c7a-9e2f-8a4b6c1d0e93', files: FIRST, changed: 'ask' },
      { folders },
    )
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } })
    await rm(folder, { recursive: true })
    expect(await write(FIRST, 'ask')).toMatchObject({
      ok: false,
      error: {
        code: 'not-found',
        message: 'The folder "Notes" is no longer there. Choose it again.',
      },
    })
  })
})
