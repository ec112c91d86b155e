import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDialogOptions } from 'electron'
import { MAX_FILE_CHARS, MAX_IMPORT_ZIP_BYTES, MAX_OPEN_BYTES } from '../../shared/host'
import { openFile, readBytesWithin, type OpenFileDeps } from './open-file'

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gloss-open-'))
  await writeFile(join(folder, 'notes.jsonld'), '\ufeff{"type":"AnnotationCollection"}')
  await mkdir(join(folder, 'folder.json'))
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

function deps(path: string | undefined): OpenFileDeps & { asked: OpenDialogOptions[] } {
  const asked: OpenDialogOptions[] = []
  return {
    asked,
    documentsDir: '/home/reader/Documents',
    showOpenDialog: async (options) => {
      asked.push(options)
      return path === undefined
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [path] }
    },
  }
}

describe('openFile', () => {
  it('returns the chosen file as text, without its byte order mark', async () => {
    const d = deps(join(folder, 'notes.jsonld'))
    const result = await openFile({ purpose: 'annotations' }, d)
    expect(result).toEqual({
      ok: true,
      value: { name: 'notes.jsonld', content: '{"type":"AnnotationCollection"}', unreadable: 0 },
    })
    expect(d.asked[0]).toMatchObject({ title: 'Import annotations', properties: ['openFile'] })
    expect(d.asked[0].filters?.[0].extensions).toEqual([
      'jsonld',
      'json',
      'csv',
      'md',
      'markdown',
      'zip',
    ])
  })

  it('hands an annotations file that is a ZIP (an Omnivore export) over as its bytes', async () => {
    // Named like JSON: the first bytes say what it is, not the name.
    const path = join(folder, 'omnivore-export.json')
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xe9, 0xff])
    await writeFile(path, bytes)
    const result = await openFile({ purpose: 'annotations' }, deps(path))
    expect(result.ok && result.value).toMatchObject({
      name: 'omnivore-export.json',
      content: '',
      unreadable: 0,
    })
    expect(result.ok && new Uint8Array(result.value!.bytes!)).toEqual(bytes)
  })

  it('counts the characters that are not UTF-8', async () => {
    const path = join(folder, 'latin1.json')
    await writeFile(path, Buffer.from([0x22, 0x63, 0x61, 0x66, 0xe9, 0x22])) // "café" in Latin-1
    const result = await openFile({ purpose: 'annotations' }, deps(path))
    expect(result).toEqual({
      ok: true,
      value: { name: 'latin1.json', content: '"caf\uFFFD"', unreadable: 1 },
    })
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe at once instead of waiting for a writer (no FIFOs on Windows)',
    async () => {
      const fifo = join(folder, 'pipe.json')
      execFileSync('mkfifo', [fifo])
      const result = await openFile({ purpose: 'annotations' }, deps(fifo))
      expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
      expect(!result.ok && result.error.message).toBe('"pipe.json" is not a file.')
    },
  )

  it('titles the dialog for a restore, offering ZIP and JSON backups', async () => {
    const d = deps(undefined)
    await openFile({ purpose: 'backup' }, d)
    expect(d.asked[0]).toMatchObject({ title: 'Restore from backup' })
    expect(d.asked[0].filters?.[0].extensions).toEqual(['zip', 'json'])
  })

  it('hands a backup over as its bytes, undecoded (a ZIP is not text)', async () => {
    const path = join(folder, 'backup.zip')
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xe9, 0x00, 0xff])
    await writeFile(path, bytes)
    const result = await openFile({ purpose: 'backup' }, deps(path))
    expect(result.ok && result.value).toMatchObject({
      name: 'backup.zip',
      content: '',
      unreadable: 0,
    })
    expect(result.ok && new Uint8Array(result.value!.bytes!)).toEqual(bytes)
  })

  it('resolves null when the dialog is cancelled', async () => {
    expect(await openFile({ purpose: 'backup' }, deps(undefined))).toEqual({
      ok: true,
      value: null,
    })
  })

  it('refuses a file over the limit of its purpose before reading it', async () => {
    const huge = join(folder, 'huge.json')
    await writeFile(huge, '')
    await truncate(huge, MAX_FILE_CHARS + 1) // sparse: no 32 MB written
    const result = await openFile({ purpose: 'annotations' }, deps(huge))
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
    expect(!result.ok && result.error.message).toContain('Gloss opens files up to 32.0 MB')
    // A ZIP may be larger than a text file, up to its own limit.
    const zip = join(folder, 'huge.zip')
    await writeFile(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    await truncate(zip, MAX_FILE_CHARS + 1)
    const large = await openFile({ purpose: 'annotations' }, deps(zip))
    expect(large.ok && large.value?.bytes?.length).toBe(MAX_FILE_CHARS + 1)
    await truncate(zip, MAX_IMPORT_ZIP_BYTES + 1)
    const tooLarge = await openFile({ purpose: 'annotations' }, deps(zip))
    expect(!tooLarge.ok && tooLarge.error.message).toContain('Gloss opens files up to 256.0 MB')
    await truncate(huge, MAX_OPEN_BYTES.backup + 1)
    const backup = await openFile({ purpose: 'backup' }, deps(huge))
    expect(!backup.ok && backup.error.message).toContain('Gloss opens files up to 768.0 MB')
  })

  it('gives a clear error for a folder or a missing file', async () => {
    const dir = await openFile({ purpose: 'backup' }, deps(join(folder, 'folder.json')))
    expect(dir).toMatchObject({ ok: false, error: { code: 'io' } })
    const missing = await openFile({ purpose: 'backup' }, deps(join(folder, 'gone.json')))
    expect(missing).toMatchObject({ ok: false, error: { code: 'io' } })
    expect(!missing.ok && missing.error.message).toContain('no longer exists')
  })
})

describe('readBytesWithin', () => {
  it('accepts a file exactly at the limit', async () => {
    const path = join(folder, 'exact.json')
    await writeFile(path, '1234')
    const read = await readBytesWithin(path, 4)
    expect(read.ok && read.value.toString('utf8')).toBe('1234')
    expect(await readBytesWithin(path, 3)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    })
  })
})
