/**
 * The ZIP reader's defences against a hostile archive: sizes the directory declares are
 * checked before anything is inflated, and an entry that lies about its size (a zip bomb) is
 * never inflated past what it declared.
 */
import { describe, expect, it } from 'vitest'
import { zipSync } from 'fflate'
import { MAX_ENTRY_BYTES, MAX_UNZIPPED_BYTES, isSafeEntryName, readZipEntries } from './zip-entries'

const CENTRAL_ENTRY = 0x02014b50

/** A copy of the ZIP whose central directory says `name` unpacks to `size` bytes. */
function declaringSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice()
  const view = new DataView(copy.buffer)
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY) continue
    const nameLength = view.getUint16(at + 28, true)
    const entryName = new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength))
    if (entryName === name) view.setUint32(at + 24, size, true)
  }
  return copy
}

const all = (): boolean => true

describe('readZipEntries', () => {
  it('inflates the wanted entries and lists them all', () => {
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('hello'), 'b.bin': new Uint8Array(3) })
    const read = readZipEntries(zip, (name) => name.endsWith('.txt'))
    if (!read.ok) throw new Error(read.error)
    expect(read.value.names).toEqual(['a.txt', 'b.bin'])
    expect([...read.value.files.keys()]).toEqual(['a.txt'])
    expect(new TextDecoder().decode(read.value.files.get('a.txt'))).toBe('hello')
  })

  it('refuses an entry declaring more than one entry may unpack to, before inflating it', () => {
    const zip = zipSync({ 'big.html': new Uint8Array(10) })
    const read = readZipEntries(declaringSize(zip, 'big.html', MAX_ENTRY_BYTES + 1), all)
    expect(read).toEqual({ ok: false, error: '“big.html” in the ZIP is larger than 32 MB.' })
  })

  it('refuses entries declaring more than the whole import may unpack to', () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 17; i++) files[`part-${i}.html`] = new Uint8Array(1)
    let zip: Uint8Array = zipSync(files)
    for (let i = 0; i < 17; i++) zip = declaringSize(zip, `part-${i}.html`, MAX_ENTRY_BYTES)
    expect(17 * MAX_ENTRY_BYTES).toBeGreaterThan(MAX_UNZIPPED_BYTES)
    expect(readZipEntries(zip, all)).toEqual({
      ok: false,
      error: 'The ZIP unpacks to more than 512 MB, more than Gloss imports at once.',
    })
  })

  it('never inflates an entry past the size it declared (a zip bomb)', () => {
    // 8 MB of zeros deflate to a few kilobytes; the directory is made to claim 100 bytes.
    const zip = zipSync({ 'bomb.html': new Uint8Array(8 * 1024 * 1024) }, { level: 9 })
    expect(zip.length).toBeLessThan(64 * 1024)
    const read = readZipEntries(declaringSize(zip, 'bomb.html', 100), all)
    const inflated = read.ok ? read.value.files.get('bomb.html') : undefined
    expect(inflated?.length).toBe(100)
  })

  it('refuses an entry stored in a way it cannot read', () => {
    const zip = zipSync({ 'a.html': new Uint8Array(4) }, { level: 0 })
    const copy = zip.slice()
    const view = new DataView(copy.buffer)
    for (let at = 0; at + 46 < copy.length; at++) {
      if (view.getUint32(at, true) === CENTRAL_ENTRY) view.setUint16(at + 10, 12, true)
    }
    expect(readZipEntries(copy, all)).toEqual({
      ok: false,
      error: 'The ZIP stores “a.html” in a way Gloss cannot read (method 12).',
    })
  })
})

describe('isSafeEntryName', () => {
  it('accepts relative names inside the archive, refuses every way out', () => {
    expect(isSafeEntryName('content/a-slug.html')).toBe(true)
    expect(isSafeEntryName('content/')).toBe(true)
    for (const name of ['', '../a', 'a/../../b', '/a', 'a//b', './a', 'a\\b', 'C:a', 'a\u0000b']) {
      expect(isSafeEntryName(name), name).toBe(false)
    }
  })
})
