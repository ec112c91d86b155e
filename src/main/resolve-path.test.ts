import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveAppPath, toSafeSegments, type ServedRoots } from './resolve-path'

describe('toSafeSegments', () => {
  it('decodes ordinary paths', () => {
    expect(toSafeSegments('/assets/index-abc.js')).toEqual(['assets', 'index-abc.js'])
    expect(toSafeSegments('/articles/a%20b/photo-1.svg')).toEqual([
      'articles',
      'a b',
      'photo-1.svg',
    ])
  })

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/./index.html',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/%2e%2e/etc/passwd',
    '/.%2e/etc/passwd',
    '/assets%2f..%2f..%2fetc%2fpasswd',
    '/assets%2F..%2Fsecret',
    '/..%5c..%5cwindows%5cwin.ini',
    '/assets\\..\\secret',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/C%3a%5cWindows',
    '/\\\\server\\share\\file',
    '/%5c%5cserver%5cshare',
    '/index.html%00.png',
    '/index.html\u0000',
    '/assets/',
    '/%E0%A4%A',
    'index.html',
    '',
  ])('refuses %j', (pathname) => {
    expect(toSafeSegments(pathname)).toBeNull()
  })
})

describe('resolveAppPath on a real folder', () => {
  let base: string
  let roots: ServedRoots

  beforeAll(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'gloss-resolve-')))
    roots = { renderer: join(base, 'renderer'), articles: join(base, 'resources', 'articles') }
    await mkdir(join(roots.renderer, 'assets'), { recursive: true })
    await mkdir(join(roots.articles, 'seed'), { recursive: true })
    await writeFile(join(roots.renderer, 'index.html'), '<!doctype html>')
    await writeFile(join(roots.renderer, 'assets', 'app.js'), 'export {}')
    await writeFile(join(roots.articles, 'seed', 'photo-1.svg'), '<svg/>')
    await writeFile(join(base, 'secret.txt'), 'outside the roots')
    await symlink(join(base, 'secret.txt'), join(roots.renderer, 'escape.txt'))
    await symlink(base, join(roots.renderer, 'assets', 'up'))
    await symlink(join(roots.renderer, 'assets', 'app.js'), join(roots.renderer, 'alias.js'))
  })

  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  it('serves the renderer and the article folders', async () => {
    expect(await resolveAppPath('/', roots)).toBe(join(roots.renderer, 'index.html'))
    expect(await resolveAppPath('/assets/app.js', roots)).toBe(
      join(roots.renderer, 'assets/app.js'),
    )
    expect(await resolveAppPath('/articles/seed/photo-1.svg', roots)).toBe(
      join(roots.articles, 'seed', 'photo-1.svg'),
    )
  })

  it('follows a symlink that stays inside the root', async () => {
    expect(await resolveAppPath('/alias.js', roots)).toBe(join(roots.renderer, 'assets/app.js'))
  })

  it('refuses symlinks that lead out of the root', async () => {
    expect(await resolveAppPath('/escape.txt', roots)).toBeNull()
    expect(await resolveAppPath('/assets/up/secret.txt', roots)).toBeNull()
  })

  it('refuses traversal, absolute paths, folders and missing files', async () => {
    for (const pathname of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/articles/..%2f..%2fsecret.txt',
      `/${join(base, 'secret.txt')}`,
      `/${encodeURIComponent(join(base, 'secret.txt'))}`,
      '/assets',
      '/articles',
      '/articles/seed',
      '/missing.js',
    ]) {
      expect(await resolveAppPath(pathname, roots), pathname).toBeNull()
    }
  })

  it('keeps the article root separate from the renderer root', async () => {
    expect(await resolveAppPath('/seed/photo-1.svg', roots)).toBeNull()
    expect(await resolveAppPath('/articles/index.html', roots)).toBeNull()
  })
})
