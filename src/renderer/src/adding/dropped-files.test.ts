import { describe, expect, it } from 'vitest'
import { collectDropped, groupDropped, type DroppedFile } from './dropped-files'

const dropped = (path: string): DroppedFile => ({
  path,
  file: new File(['x'], path.slice(path.lastIndexOf('/') + 1)),
})

describe('groupDropped', () => {
  it('gives a page saved complete the files of its _files folder, and nothing else', () => {
    const items = groupDropped(
      [
        'Story.html',
        'Story_files/a.png',
        'Story_files/deep/b.jpg',
        'Other_files/c.png',
        'n.md',
      ].map(dropped),
    )
    expect(items.map((item) => item.name)).toEqual(['Story.html', 'n.md'])
    expect([...items[0].siblings.keys()]).toEqual(['Story_files/a.png', 'Story_files/deep/b.jpg'])
    expect(items[1].siblings.size).toBe(0)
  })

  it('finds pages inside a dropped folder, siblings relative to the page', () => {
    const items = groupDropped(['saved/Story.htm', 'saved/Story_files/a.png'].map(dropped))
    expect(items).toHaveLength(1)
    expect([...items[0].siblings.keys()]).toEqual(['Story_files/a.png'])
  })
})

/** A folder entry as Chromium's `webkitGetAsEntry` gives it, batches of two. */
function folder(name: string, children: object[]) {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      let at = 0
      return {
        readEntries(success: (entries: object[]) => void) {
          success(children.slice(at, (at += 2)))
        },
      }
    },
  }
}
const fileEntry = (name: string) => ({
  isFile: true,
  isDirectory: false,
  name,
  file: (success: (file: File) => void) => success(new File(['x'], name)),
})

describe('collectDropped', () => {
  it('walks dropped folders, every batch of their entries', async () => {
    const tree = folder('saved', [
      fileEntry('Story.html'),
      folder('Story_files', [fileEntry('a.png'), fileEntry('b.png'), fileEntry('c.png')]),
      fileEntry('notes.md'),
    ])
    const loose = new File(['y'], 'loose.txt')
    const transfer = {
      items: [
        { kind: 'file', webkitGetAsEntry: () => tree, getAsFile: () => null },
        { kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => loose },
        { kind: 'string', webkitGetAsEntry: () => null, getAsFile: () => null },
      ],
    } as unknown as DataTransfer
    const paths = (await collectDropped(transfer)).map((file) => file.path)
    expect(paths.sort()).toEqual([
      'loose.txt',
      'saved/Story.html',
      'saved/Story_files/a.png',
      'saved/Story_files/b.png',
      'saved/Story_files/c.png',
      'saved/notes.md',
    ])
  })
})
