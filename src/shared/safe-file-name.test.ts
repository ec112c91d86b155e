import { describe, expect, it } from 'vitest'
import { DEFAULT_FILE_NAME, MAX_SAFE_FILE_NAME_BYTES, safeFileName } from './safe-file-name'

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('Putin orders Russian troops out of Syria.md')).toBe(
      'Putin orders Russian troops out of Syria.md',
    )
  })

  it('never leaves a path: separators become dashes and leading dots go', () => {
    expect(safeFileName('../x')).toBe('x')
    expect(safeFileName('../../etc/passwd.txt')).toBe('etc-passwd.txt')
    expect(safeFileName('a/b\\c.csv')).toBe('a-b-c.csv')
    expect(safeFileName('..')).toBe(DEFAULT_FILE_NAME)
  })

  it('replaces the characters Windows and macOS reserve', () => {
    expect(safeFileName('a:b')).toBe('a-b')
    expect(safeFileName('Putin: the withdrawal.md')).toBe('Putin- the withdrawal.md')
    expect(safeFileName('what? <now> "|" *.txt')).toBe('what- -now- - -.txt')
  })

  it('renames Windows device names, with or without an extension, in any case', () => {
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName('con.txt')).toBe('_con.txt')
    expect(safeFileName('Nul.tar.gz')).toBe('_Nul.tar.gz')
    expect(safeFileName('com1.md')).toBe('_com1.md')
    expect(safeFileName('LPT9')).toBe('_LPT9')
    expect(safeFileName('console.md')).toBe('console.md')
  })

  it('drops control characters and turns line breaks into spaces', () => {
    expect(safeFileName('a\u0000b\u0007c\u007f.md')).toBe('abc.md')
    expect(safeFileName('two\nlines\ttab.md')).toBe('two lines tab.md')
  })

  it('drops bidi overrides that disguise the extension, and lone surrogates', () => {
    expect(safeFileName('notes\u202Etxt.exe')).toBe('notestxt.exe')
    expect(safeFileName('rtl\u2066mark\u2069\u200f.md')).toBe('rtlmark.md')
    expect(safeFileName('half\ud83d.md')).toBe('half.md')
    expect(safeFileName('\udc00tail.md')).toBe('tail.md')
  })

  it('keeps emoji, ZWJ sequences, accents and right-to-left text', () => {
    expect(safeFileName('📚 Notes 👩‍💻.md')).toBe('📚 Notes 👩‍💻.md')
    expect(safeFileName('Café e\u0301.md')).toBe('Café é.md')
    expect(safeFileName('ملاحظات.md')).toBe('ملاحظات.md')
  })

  it('removes trailing dots and spaces, which Windows silently strips', () => {
    expect(safeFileName('notes. . ')).toBe('notes')
    expect(safeFileName('notes .md. ')).toBe('notes.md')
  })

  it('falls back to a default name, keeping the extension, when nothing is left', () => {
    expect(safeFileName('')).toBe(DEFAULT_FILE_NAME)
    expect(safeFileName('   ')).toBe(DEFAULT_FILE_NAME)
    expect(safeFileName('.md')).toBe(`${DEFAULT_FILE_NAME}.md`)
    expect(safeFileName('\u202E\u0000.csv')).toBe(`${DEFAULT_FILE_NAME}.csv`)
    expect(safeFileName('', 'Backup')).toBe('Backup')
  })

  it('truncates very long names at a character boundary and keeps the extension', () => {
    const long = safeFileName(`${'word '.repeat(200)}.jsonld`)
    expect(long.endsWith('.jsonld')).toBe(true)
    expect(utf8Bytes(long)).toBeLessThanOrEqual(MAX_SAFE_FILE_NAME_BYTES)
    expect(long).not.toMatch(/ \.jsonld$/)

    const emoji = safeFileName(`${'👩‍💻'.repeat(100)}.md`)
    expect(utf8Bytes(emoji)).toBeLessThanOrEqual(MAX_SAFE_FILE_NAME_BYTES)
    expect(emoji.replace(/\.md$/, '')).toMatch(/^(👩‍💻)+$/u)
  })

  it('is idempotent', () => {
    for (const name of ['../x', 'CON', 'a:b', 'notes\u202Etxt.exe', 'x'.repeat(400) + '.md']) {
      const once = safeFileName(name)
      expect(safeFileName(once)).toBe(once)
    }
  })
})
