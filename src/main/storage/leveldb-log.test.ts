import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readLogTail } from './leveldb-log'

const BLOCK = 32 * 1024

/** A log of records `[type, length]` laid out as LevelDB writes them (checksums left zero). */
function logOf(records: readonly [type: number, length: number][]): Uint8Array {
  const bytes: number[] = []
  for (const [type, length] of records) {
    const left = BLOCK - (bytes.length % BLOCK)
    if (left < 7) bytes.push(...new Array<number>(left).fill(0))
    bytes.push(0, 0, 0, 0, length & 0xff, length >> 8, type, ...new Array<number>(length).fill(7))
  }
  return Uint8Array.from(bytes)
}

/** The real log of a Chromium profile whose disk filled up during an import (fixtures/README.md). */
const TORN = gunzipSync(
  readFileSync(join(__dirname, '../../../fixtures/leveldb/torn-after-disk-full.log.gz')),
)

describe('readLogTail', () => {
  it('finds where the write Chromium could not finish on a full disk begins', () => {
    expect(TORN.length).toBe(553_414)
    expect(readLogTail(TORN)).toEqual({ kind: 'torn', keep: 553_374 })
    expect(readLogTail(TORN.subarray(0, 553_374))).toEqual({ kind: 'whole' })
  })

  it('reads whole logs as whole: empty, one record, a record across blocks, block padding', () => {
    expect(readLogTail(new Uint8Array())).toEqual({ kind: 'whole' })
    expect(readLogTail(logOf([[1, 10]]))).toEqual({ kind: 'whole' })
    const across = logOf([
      [2, BLOCK - 7],
      [3, BLOCK - 7],
      [4, 100],
    ])
    expect(readLogTail(across)).toEqual({ kind: 'whole' })
    // 32,758 bytes leave 3 in the block: padding, then the next record.
    expect(
      readLogTail(
        logOf([
          [1, BLOCK - 10],
          [1, 5],
        ]),
      ),
    ).toEqual({ kind: 'whole' })
  })

  it('cuts a record that ends past the file, a header cut short, and a chain without its end', () => {
    const two = logOf([
      [1, 10],
      [1, 50],
    ])
    expect(readLogTail(two.subarray(0, two.length - 1))).toEqual({ kind: 'torn', keep: 17 })
    expect(readLogTail(two.subarray(0, 17 + 3))).toEqual({ kind: 'torn', keep: 17 })
    const chain = logOf([
      [1, 10],
      [2, BLOCK - 24],
      [3, 100],
    ])
    expect(readLogTail(chain)).toEqual({ kind: 'torn', keep: 17 })
  })

  it('leaves alone what a torn write does not explain', () => {
    expect(
      readLogTail(
        logOf([
          [1, 10],
          [9, 10],
          [1, 10],
        ]),
      ),
    ).toEqual({ kind: 'damaged', at: 17 })
    expect(
      readLogTail(
        logOf([
          [1, 10],
          [4, 10],
        ]),
      ),
    ).toEqual({ kind: 'damaged', at: 17 })
    expect(
      readLogTail(
        logOf([
          [2, 10],
          [1, 10],
        ]),
      ),
    ).toEqual({ kind: 'damaged', at: 17 })
  })
})
