import { describe, expect, it } from 'vitest'
import { comparePairs, repeatMedian, type Side } from './pairs'

describe('comparePairs', () => {
  it('alternates the sides after the warm-up and summarises every figure', async () => {
    const order: Side[] = []
    let call = 0
    const summary = await comparePairs({ warmups: 1, runs: 3 }, async (side) => {
      order.push(side)
      call++
      // Each pair runs under its own "load": the baseline always takes 4 times as long.
      const load = [100, 1, 2, 3][Math.floor((call - 1) / 2)]
      return side === 'gloss' ? { ms: load, bytes: 7 } : { ms: 4 * load, bytes: 14 }
    })
    expect(order.join(' ')).toBe('gloss baseline '.repeat(4).trim())
    expect(summary.ms.samples.gloss).toEqual([1, 2, 3])
    expect(summary.ms.value).toBe(2)
    expect(summary.ms.baseline).toBe(8)
    expect(summary.ms.ratio).toBe(0.25)
    expect(summary.bytes.ratio).toBe(0.5)
  })
})

describe('repeatMedian', () => {
  it('drops the warm-up and takes the median of the runs', async () => {
    const values = [1000, 5, 3, 4]
    const result = await repeatMedian({ warmups: 1, runs: 3 }, async () => ({
      ms: values.shift()!,
    }))
    expect(result.ms).toBe(4)
  })
})
