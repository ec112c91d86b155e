import { describe, expect, it } from 'vitest'
import {
  EARLIEST_STORED_TIME,
  LATEST_STORED_TIME,
  isStoredTime,
  isoTimeOrNull,
} from './stored-time'

describe('stored times', () => {
  it('accepts every instant from year 1 to year 9999', () => {
    expect(isStoredTime(Date.UTC(2024, 4, 1))).toBe(true)
    expect(isStoredTime(0)).toBe(true)
    expect(isoTimeOrNull(EARLIEST_STORED_TIME)).toBe('0001-01-01T00:00:00.000Z')
    expect(isoTimeOrNull(LATEST_STORED_TIME)).toBe('9999-12-31T23:59:59.999Z')
  })

  it('refuses numbers that are finite but no date, and what is not a number', () => {
    for (const value of [
      1e300,
      -1e300,
      8.64e15,
      LATEST_STORED_TIME + 1,
      EARLIEST_STORED_TIME - 1,
    ]) {
      expect(isStoredTime(value), String(value)).toBe(false)
      expect(isoTimeOrNull(value)).toBeNull()
    }
    for (const value of [NaN, Infinity, '2024-05-01', null, undefined]) {
      expect(isStoredTime(value)).toBe(false)
    }
  })
})
