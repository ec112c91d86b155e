import * as nodeFs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveDialogOptions } from 'electron'
import { writeFileAtomic } from './atomic-write'
import { proposedFileName, saveFile, type SaveFileDeps } from './save-file'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gloss-save-'))
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function deps(choose: (options: SaveDialogOptions) => string | undefined): SaveFileDeps & {
  asked: SaveDialogOptions[]
} {
  const asked: SaveDialogOptions[] = []
  return {
    asked,
    documentsDir: '/home/reader/Documents',
    write: writeFileAtomic,
    showSaveDialog: vi.fn(async (options: SaveDialogOptions) => {
      asked.push(options)
      const filePath = choose(options)
      return filePath === undefined
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath }
    }),
  }
}

const request = {
  suggestedName: 'Putin: troops/out.md',
  content: '# Notes\n',
  mimeType: 'text/markdown',
}

describe('saveFile', () => {
  it('proposes a safe name in Documents with the format filter, then writes the file', async () => {
    const target = join(folder, 'mine.md')
    const d = deps(() => target)
    const result = await saveFile(request, d)
    expect(result).toEqual({ ok: true, value: { saved: true, name: 'mine.md' } })
    expect(await readFile(target, 'utf8')).toBe('# Notes\n')
    expect(d.asked[0]).toMatchObject({
      defaultPath: '/home/reader/Documents/Putin- troops-out.md',
      filters: [
        { name: 'Markdown', extensions: ['md'] },
        { name: 'All files', extensions: ['*'] },
      ],
    })
    expect(d.asked[0].properties).toContain('showOverwriteConfirmation')
  })

  it('writes nothing and says saved: false when the dialog is cancelled', async () => {
    const result = await saveFile(
      request,
      deps(() => undefined),
    )
    expect(result).toEqual({ ok: true, value: { saved: false, name: '' } })
    expect(await readdir(folder)).toEqual([])
  })

  it('gives a clear io error in a folder it cannot write, leaving the old file intact', async () => {
    const target = join(folder, 'notes.md')
    await writeFile(target, 'old')
    const d = deps(() => target)
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    d.write = (path, content) =>
      writeFileAtomic(path, content, { ...nodeFs, open: () => Promise.reject(denied) })
    const result = await saveFile(request, d)
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
    if (!result.ok) {
      expect(result.error.message).toContain(`"notes.md" was not saved in ${folder}`)
      expect(result.error.message).toContain('not allowed to write there')
    }
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(folder)).toEqual(['notes.md'])
  })

  it('gives a clear io error when the chosen folder is not a folder', async () => {
    await writeFile(join(folder, 'file'), 'x')
    const result = await saveFile(
      request,
      deps(() => join(folder, 'file', 'notes.md')),
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
    expect(!result.ok && result.error.message).toContain('not a folder')
  })

  it('reports a write failure as an io error, never a rejection', async () => {
    const d = deps(() => join(folder, 'x.md'))
    d.write = async () => {
      throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })
    }
    const result = await saveFile(request, d)
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
    expect(!result.ok && result.error.message).toContain('The disk is full.')
  })
})

describe('proposedFileName', () => {
  it('adds the format extension when the suggestion has none', () => {
    expect(proposedFileName('Notes', 'text/csv')).toBe('Notes.csv')
    expect(proposedFileName('CON', 'application/ld+json')).toBe('_CON.jsonld')
    expect(proposedFileName('', 'text/plain')).toBe('Gloss export.txt')
    expect(proposedFileName('Gloss backup 2024-05-01', 'application/zip')).toBe(
      'Gloss backup 2024-05-01.zip',
    )
  })

  it('keeps an extension the suggestion already has', () => {
    expect(proposedFileName('notes.json', 'application/ld+json')).toBe('notes.json')
    expect(proposedFileName('../x.md', 'text/markdown')).toBe('x.md')
    expect(proposedFileName('data.bin', 'application/x-unknown')).toBe('data.bin')
  })
})
