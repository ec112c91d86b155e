import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDialogOptions } from 'electron'
import { MAX_CHOSEN_FILES } from '../../shared/host'
import { chooseArticleFiles, readArticleFile } from './article-files'
import { createChosenFiles } from './chosen-files'

let folder: string
let outside: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gloss-add-'))
  outside = await mkdtemp(join(tmpdir(), 'gloss-outside-'))
  await writeFile(join(outside, 'secret.txt'), 'not for the page')
  await writeFile(join(folder, 'Story.html'), '<html><img src="Story_files/a.png"></html>')
  await mkdir(join(folder, 'Story_files', 'nested'), { recursive: true })
  await writeFile(join(folder, 'Story_files', 'a.png'), new Uint8Array([137, 80, 78, 71]))
  await writeFile(join(folder, 'Story_files', 'nested', 'b.css'), 'p{}')
  // A link inside the page's folder pointing out of it: never followed.
  await symlink(join(outside, 'secret.txt'), join(folder, 'Story_files', 'link.txt'))
  await writeFile(join(folder, 'Other.html'), '<p>x</p>')
  // The folder of a page is a link elsewhere: not read at all.
  await symlink(outside, join(folder, 'Other_files'))
  await writeFile(join(folder, 'notes.md'), '# Notes')
  await mkdir(join(folder, 'notes_files'))
  await writeFile(join(folder, 'notes_files', 'x.png'), 'x')
  await mkdir(join(folder, 'a folder.html'))
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

function dialog(paths: string[] | null) {
  const asked: OpenDialogOptions[] = []
  return {
    asked,
    documentsDir: '/home/reader/Documents',
    showOpenDialog: async (options: OpenDialogOptions) => {
      asked.push(options)
      return paths ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] }
    },
  }
}

describe('chooseArticleFiles', () => {
  it('asks for many files, pages first, and hands back tokens, never paths', async () => {
    const chosen = createChosenFiles()
    const d = dialog([join(folder, 'Story.html'), join(folder, 'notes.md')])
    const result = await chooseArticleFiles({ ...d, chosen })
    expect(d.asked[0].properties).toEqual(['openFile', 'multiSelections'])
    expect(d.asked[0].filters?.[0].extensions).toEqual(expect.arrayContaining(['html', 'mhtml']))
    if (!result.ok || !result.value) throw new Error('expected files')
    expect(result.value.map((file) => file.name)).toEqual(['Story.html', 'notes.md'])
    expect(JSON.stringify(result.value)).not.toContain(folder)
    expect(chosen.pathOf(result.value[0].token)).toBe(join(folder, 'Story.html'))
  })

  it('resolves null when the reader cancels', async () => {
    const result = await chooseArticleFiles({ ...dialog(null), chosen: createChosenFiles() })
    expect(result).toEqual({ ok: true, value: null })
  })

  it('leaves out what is not a regular file', async () => {
    const d = dialog([join(folder, 'a folder.html'), join(folder, 'missing.html')])
    const result = await chooseArticleFiles({ ...d, chosen: createChosenFiles() })
    expect(result).toEqual({ ok: true, value: [] })
  })

  it('refuses a batch larger than the limit with a message', async () => {
    const paths = Array.from({ length: MAX_CHOSEN_FILES + 1 }, (_, i) => `/x/${i}.html`)
    const result = await chooseArticleFiles({ ...dialog(paths), chosen: createChosenFiles() })
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })
})

describe('readArticleFile', () => {
  async function read(name: string) {
    const chosen = createChosenFiles()
    const [file] = await chosen.choose([join(folder, name)])
    return readArticleFile(file.token, chosen)
  }

  it('reads a page saved complete with its _files folder, and nothing outside it', async () => {
    const result = await read('Story.html')
    if (!result.ok) throw new Error(result.error.message)
    expect(new TextDecoder().decode(result.value.bytes)).toContain('Story_files/a.png')
    const paths = result.value.siblings.map((file) => file.path).sort()
    expect(paths).toEqual(['Story_files/a.png', 'Story_files/nested/b.css'])
    expect([...result.value.siblings[0].bytes.slice(0, 4)]).toEqual([137, 80, 78, 71])
  })

  it('does not follow a page folder that is a link elsewhere', async () => {
    const result = await read('Other.html')
    expect(result.ok && result.value.siblings).toEqual([])
  })

  it('reads no folder beside a file that is not a page', async () => {
    const result = await read('notes.md')
    expect(result.ok && result.value.siblings).toEqual([])
  })

  it('refuses a token main never gave out', async () => {
    const result = await readArticleFile(crypto.randomUUID(), createChosenFiles())
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  })
})
