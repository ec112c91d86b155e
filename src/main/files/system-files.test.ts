import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createChosenFiles } from './chosen-files'
import { createSystemFileInbox, fileArguments } from './system-files'

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gloss-system-'))
  await writeFile(join(folder, 'story.html'), '<p>x</p>')
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('fileArguments', () => {
  it('takes what follows the executable when packaged, resolving relative paths', () => {
    expect(fileArguments(['/opt/Gloss/gloss', 'a.html', '/tmp/b.md'], '/home/r', true)).toEqual([
      '/home/r/a.html',
      '/tmp/b.md',
    ])
  })

  it('reads the file: URLs a Linux file manager passes (the %U of the desktop file) as paths', () => {
    const argv = ['/opt/Gloss/gloss', 'file:///home/r/My%20Story.html', 'FILE:///tmp/b.md']
    expect(fileArguments(argv, '/work', true)).toEqual(['/home/r/My Story.html', '/tmp/b.md'])
  })

  it('leaves out URLs that are not local files: gloss:// links, web addresses, other hosts', () => {
    const argv = [
      '/opt/Gloss/gloss',
      'gloss://app/#/article/1',
      'https://example.org/a.html',
      'file://server/share/a.html',
      'c.txt',
    ]
    expect(fileArguments(argv, '/work', true)).toEqual(['/work/c.txt'])
  })

  it('skips the app folder unpackaged, and every switch', () => {
    const argv = ['/usr/bin/electron', '.', '--no-sandbox', '--inspect=9229', 'x.txt']
    expect(fileArguments(argv, '/work', false)).toEqual(['/work/x.txt'])
  })

  it('leaves gloss: links to the deep-link inbox', () => {
    const argv = ['/opt/Gloss/gloss', 'gloss://open/article/x', 'GLOSS:evil', 'a.md']
    expect(fileArguments(argv, '/home/r', true)).toEqual(['/home/r/a.md'])
  })
})

describe('createSystemFileInbox', () => {
  it('keeps files until the page has loaded, then sends them once', async () => {
    const send = vi.fn()
    const inbox = createSystemFileInbox(createChosenFiles(), send)
    await inbox.receive([join(folder, 'story.html'), join(folder, 'missing.html')])
    expect(send).not.toHaveBeenCalled()
    inbox.pageReady()
    expect(send).toHaveBeenCalledTimes(1)
    expect(send.mock.calls[0][0]).toEqual([expect.objectContaining({ name: 'story.html' })])
    inbox.pageReady()
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('sends at once once the page is there (a second launch with a file)', async () => {
    const send = vi.fn()
    const inbox = createSystemFileInbox(createChosenFiles(), send)
    inbox.pageReady()
    await inbox.receive([join(folder, 'story.html')])
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('holds files again once the page is gone (macOS: the window closed, the app still runs)', async () => {
    const send = vi.fn()
    const inbox = createSystemFileInbox(createChosenFiles(), send)
    inbox.pageReady()
    inbox.pageGone()
    await inbox.receive([join(folder, 'story.html')])
    expect(send).not.toHaveBeenCalled()
    inbox.pageReady()
    expect(send).toHaveBeenCalledExactlyOnceWith([expect.objectContaining({ name: 'story.html' })])
  })

  it('sends nothing when no argument is a file', async () => {
    const send = vi.fn()
    const inbox = createSystemFileInbox(createChosenFiles(), send)
    inbox.pageReady()
    await inbox.receive([folder, join(folder, 'nope')])
    expect(send).not.toHaveBeenCalled()
  })
})
