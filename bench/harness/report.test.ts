import { describe, expect, it } from 'vitest'
import { formatTable, targetStatus, unmeasured } from './report'
import { pairRow, valueRow } from './rows'

const summary = { value: 30, baseline: 100, ratio: 0.3, samples: { gloss: [], baseline: [] } }

describe('targetStatus', () => {
  it('judges the ratio when there is a baseline, else the value', () => {
    expect(targetStatus(pairRow('Paint', 'ms', summary, 'marks', 0.5))).toBe('met')
    expect(targetStatus(pairRow('Clear', 'ms', summary, 'marks', 0.1))).toBe('MISSED')
    expect(targetStatus(valueRow('Longest task', 'ms', 30, 50))).toBe('met')
    expect(targetStatus(valueRow('Longest task', 'ms', 51, 50))).toBe('MISSED')
    expect(targetStatus(valueRow('Heap', 'MB', 4))).toBe('')
  })
})

describe('unmeasured', () => {
  it('names every row whose figures are not finite numbers', () => {
    const rows = [
      valueRow('Heap', 'MB', 4),
      valueRow('Broken', 'ms', Number.NaN),
      pairRow('Infinite ratio', 'ms', { ...summary, ratio: Infinity }, 'marks'),
    ]
    expect(unmeasured(rows).map((line) => line.split(':')[0])).toEqual(['Broken', 'Infinite ratio'])
  })
})

describe('formatTable', () => {
  it('prints a row per figure with its baseline, ratio and target', () => {
    const table = formatTable([pairRow('Paint 1,000 highlights', 'ms', summary, 'marks', 0.5)])
    expect(table.split('\n')[1]).toMatch(
      /^Paint 1,000 highlights +30\.0 ms +100 ms \(marks\) +0\.300 +ratio ≤ 0\.5 +met$/,
    )
  })
})
