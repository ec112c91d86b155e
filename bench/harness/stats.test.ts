import { describe, expect, it } from 'vitest'
import { median, percentile } from './stats'

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20)
    expect(median([40, 10, 30, 20])).toBe(25)
  })

  it('refuses no samples', () => {
    expect(() => median([])).toThrow()
  })
})

describe('percentile', () => {
  it('is the nearest-rank value', () => {
    const frames = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(frames, 0.95)).toBe(95)
    expect(percentile([16.7, 16.7, 50], 0.95)).toBe(50)
  })
})
