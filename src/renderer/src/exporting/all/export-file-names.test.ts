import { describe, expect, it } from 'vitest'
import { MAX_SAFE_FILE_NAME_BYTES } from '@shared/safe-file-name'
import { fileNameKey } from '@shared/export-folder'
import { exportFileNames, UNTITLED_FILE_NAME } from './export-file-names'

const article = (id: string, title: string, addedAt = 0) => ({ id, title, addedAt })
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length

describe('exportFileNames', () => {
  it('names each article after its title, made safe on every OS', () => {
    const names = exportFileNames(
      [
        article('a', 'Putin: the withdrawal'),
        article('b', 'CON'),
        article('c', '../../etc/passwd'),
        article('d', 'What? <now> "|" *'),
        article('e', 'Trailing dots...'),
        article('f', 'notes\u202Edm.exe'),
        article('g', '   '),
      ],
      '.md',
    )
    expect([...names.values()]).toEqual([
      'Putin- the withdrawal.md',
      '_CON.md',
      'etc-passwd.md',
      'What- -now- - -.md',
      'Trailing dots.md',
      'notesdm.exe.md',
      `${UNTITLED_FILE_NAME}.md`,
    ])
  })

  it('writes names in NFC, so e + combining acute and é are one name', () => {
    const names = exportFileNames(
      [article('a', 'Caf\u00e9', 1), article('b', 'Cafe\u0301', 2)],
      '.md',
    )
    expect(names.get('a')).toBe('Caf\u00e9.md')
    expect(names.get('b')).toBe('Caf\u00e9 (2).md')
  })

  it('numbers titles that collide, ignoring case, in the order the articles were added', () => {
    const names = exportFileNames(
      [article('z', 'Notes', 30), article('y', 'notes', 10), article('x', 'NOTES', 20)],
      '.md',
    )
    expect(names.get('y')).toBe('notes.md')
    expect(names.get('x')).toBe('NOTES (2).md')
    expect(names.get('z')).toBe('Notes (3).md')
  })

  it('keeps every name when an article is added later, whatever its title', () => {
    const before = exportFileNames([article('a', 'Notes', 1), article('b', 'Notes', 2)], '.md')
    const after = exportFileNames(
      [article('c', 'Notes', 3), article('a', 'Notes', 1), article('b', 'Notes', 2)],
      '.md',
    )
    expect(after.get('a')).toBe(before.get('a'))
    expect(after.get('b')).toBe(before.get('b'))
    expect(after.get('c')).toBe('Notes (3).md')
  })

  it('does not number a name into one that another title already has', () => {
    const names = exportFileNames(
      [article('a', 'Notes (2)', 1), article('b', 'Notes', 2), article('c', 'Notes', 3)],
      '.md',
    )
    expect(new Set([...names.values()].map(fileNameKey)).size).toBe(3)
    expect(names.get('c')).toBe('Notes (3).md')
  })

  it('keeps the number when a long title is cut to the length limit', () => {
    const long = 'Ж'.repeat(300)
    const names = exportFileNames([article('a', long, 1), article('b', long, 2)], '.md')
    expect(names.get('b')).toMatch(/^Ж+ \(2\)\.md$/)
    for (const name of names.values()) {
      expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_SAFE_FILE_NAME_BYTES)
    }
  })

  it('never gives out a name already taken in the place', () => {
    const names = exportFileNames([article('a', 'Index')], '.md', new Set(['index.md']))
    expect(names.get('a')).toBe('Index (2).md')
  })
})
