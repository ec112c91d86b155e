import { describe, expect, it } from 'vitest'
import {
  DRAFT_JOURNAL_PREFIX,
  journalKeys,
  readJournal,
  writeJournal,
  type DraftEntry,
} from './draft-journal'

const KEY = `${DRAFT_JOURNAL_PREFIX}window-1`

/** A Storage in memory, optionally full. */
function memoryStorage(full = false): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('full', 'QuotaExceededError')
      items.set(key, value)
    },
  }
}

const AT = Date.UTC(2024, 4, 1, 10)
const ENTRIES: DraftEntry[] = [
  { target: { kind: 'note', annotationId: 'a1', basedOn: 5 }, text: 'Typed, not saved', at: AT },
  { target: { kind: 'tags', annotationId: 'a1' }, text: 'ports, russia', at: AT },
  { target: { kind: 'articleNote', articleId: 'seed', basedOn: 0 }, text: '', at: AT },
]

describe('the drafts journal', () => {
  it('gives back what was written, and nothing once written empty', () => {
    const storage = memoryStorage()
    writeJournal(storage, KEY, ENTRIES)
    expect(readJournal(storage, KEY)).toEqual(ENTRIES)
    expect(journalKeys(storage)).toEqual([KEY])
    writeJournal(storage, KEY, [])
    expect(storage.getItem(KEY)).toBeNull()
    expect(readJournal(storage, KEY)).toEqual([])
  })

  it('drops entries that are not drafts and survives text that is not JSON', () => {
    const storage = memoryStorage()
    storage.setItem(
      KEY,
      JSON.stringify([
        ENTRIES[0],
        { ...ENTRIES[0], at: 1e300 },
        { ...ENTRIES[0], target: { kind: 'note', annotationId: '', basedOn: 5 } },
        { ...ENTRIES[0], target: { kind: 'script', annotationId: 'a1' } },
        { ...ENTRIES[0], text: 'x'.repeat(100_001) },
        null,
      ]),
    )
    expect(readJournal(storage, KEY)).toEqual([ENTRIES[0]])
    storage.setItem(KEY, '{"cut')
    expect(readJournal(storage, KEY)).toEqual([])
    storage.setItem(KEY, '{"target": 1}')
    expect(readJournal(storage, KEY)).toEqual([])
  })

  it('never throws when the storage is full', () => {
    expect(() => writeJournal(memoryStorage(true), KEY, ENTRIES)).not.toThrow()
  })
})
