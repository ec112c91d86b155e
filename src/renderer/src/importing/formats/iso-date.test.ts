import { describe, expect, it } from 'vitest'
import { parseIsoDateTime } from './iso-date'

describe('parseIsoDateTime', () => {
  it('reads what Gloss and Hypothesis write', () => {
    expect(parseIsoDateTime('2024-05-01T10:00:00.123Z')).toBe(Date.UTC(2024, 4, 1, 10, 0, 0, 123))
    expect(parseIsoDateTime('2017-01-16T20:01:31.505658+00:00')).toBe(
      Date.UTC(2017, 0, 16, 20, 1, 31, 505),
    )
  })

  it('applies the time zone offset and accepts minutes-only times', () => {
    expect(parseIsoDateTime('2024-05-01T12:30+02:30')).toBe(Date.UTC(2024, 4, 1, 10, 0))
    expect(parseIsoDateTime('2024-05-01T00:00:00-0100')).toBe(Date.UTC(2024, 4, 1, 1, 0))
  })

  it('keeps years before 100 as written', () => {
    const date = new Date(0)
    date.setUTCFullYear(50, 0, 1)
    expect(parseIsoDateTime('0050-01-01T00:00:00Z')).toBe(date.getTime())
  })

  it('refuses what is not a real date and time with a zone', () => {
    for (const text of [
      '2024-02-30T10:00:00Z',
      '2023-02-29T10:00:00Z',
      '2024-13-01T10:00:00Z',
      '2024-05-01T24:00:00Z',
      '2024-05-01T10:60:00Z',
      '2024-05-01T10:00:61Z',
      '2024-05-01T10:00:00',
      '2024-05-01',
      'yesterday',
      '1714557600000',
      ' 2024-05-01T10:00:00Z',
      '2024-05-01T10:00:00+25:00',
    ]) {
      expect(parseIsoDateTime(text), text).toBeNull()
    }
  })
})
