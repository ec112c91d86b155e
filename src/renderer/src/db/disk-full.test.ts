import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { isDiskFull } from './disk-full'

describe('isDiskFull', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')

  it('recognises a full disk however Chromium and Dexie report it', () => {
    expect(isDiskFull(quota)).toBe(true)
    expect(isDiskFull(new Dexie.AbortError('Transaction aborted', quota))).toBe(true)
    // What a failed 10,000-row import rejected with.
    const bulk = new Dexie.BulkError('annotations.bulkAdd(): 9999 of 10000 operations failed', [
      new Dexie.AbortError('Aborted', quota),
      quota,
    ])
    expect(isDiskFull(bulk)).toBe(true)
    const leveldb = new DOMException(
      'Internal error committing transaction: 000003.log: FILE_ERROR_NO_SPACE',
      'UnknownError',
    )
    expect(isDiskFull(new Dexie.AbortError('Transaction aborted', leveldb))).toBe(true)
    // A large note, which Chromium writes as a blob file beside the database.
    const blob = new DOMException('Failed to write blobs (IOError)', 'DataError')
    expect(isDiskFull(new Dexie.AbortError('Transaction aborted', blob))).toBe(true)
  })

  it('is not fooled by other failures or by what is not an error', () => {
    expect(isDiskFull(new Dexie.AbortError('Transaction aborted'))).toBe(false)
    expect(isDiskFull(new Dexie.ConstraintError('Key already exists'))).toBe(false)
    expect(isDiskFull('QuotaExceededError')).toBe(false)
    expect(isDiskFull(null)).toBe(false)
  })
})
