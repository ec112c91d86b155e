/**
 * LevelDB's write-ahead log, read only as far as its framing: enough to tell a log whose last
 * write was torn (the disk filled up halfway through it) from a whole one. Chromium keeps each
 * origin's IndexedDB in a LevelDB folder; a write that fails for lack of space leaves the log
 * ending inside a record, and Chromium, appending after it on the next open, makes the open
 * after that fail as corrupt, and then deletes the database (reproduced; see
 * fixtures/README.md). No maintained package reads Chromium's LevelDB (its comparator is
 * Chromium's own), and only the framing is needed, so it is read here.
 *
 * The format (LevelDB's doc/log_format.md): the file is 32 KiB blocks; each record is a 7-byte
 * header (CRC-32C u32, length u16, type u8, little-endian) and `length` bytes; a logical
 * record is one FULL record, or FIRST, MIDDLE…, LAST across blocks; fewer than 7 bytes left
 * in a block are zero padding; type 0 with length 0 is preallocated space.
 */

const BLOCK_SIZE = 32 * 1024
const HEADER_SIZE = 7
const ZERO = 0
const FULL = 1
const FIRST = 2
const MIDDLE = 3
const LAST = 4

/**
 * `whole`: the log ends after a complete record. `torn`: it ends inside one, and cutting it to
 * `keep` bytes leaves every complete record. `damaged`: something else is wrong at `at`, which
 * no cut can mend safely, so it is left alone.
 */
export type LogTail =
  | { readonly kind: 'whole' }
  | { readonly kind: 'torn'; readonly keep: number }
  | { readonly kind: 'damaged'; readonly at: number }

/**
 * How a log ends.
 *
 * @param log - the log file's bytes
 */
export function readLogTail(log: Uint8Array): LogTail {
  /** Just past the last complete logical record. */
  let whole = 0
  let inChain = false
  let offset = 0
  const torn = (): LogTail => ({ kind: 'torn', keep: whole })
  while (offset < log.length) {
    const leftInBlock = BLOCK_SIZE - (offset % BLOCK_SIZE)
    if (leftInBlock < HEADER_SIZE) {
      offset += leftInBlock
      continue
    }
    if (offset + HEADER_SIZE > log.length) return torn()
    const length = log[offset + 4] | (log[offset + 5] << 8)
    const type = log[offset + 6]
    const end = offset + HEADER_SIZE + length
    if (type === ZERO && length === 0) {
      offset += leftInBlock
      continue
    }
    if (length > leftInBlock - HEADER_SIZE) {
      // Longer than its block allows: a header cut off by the end of the file looks like this
      // only when the file ends first.
      return end > log.length ? torn() : { kind: 'damaged', at: offset }
    }
    if (end > log.length) return torn()
    const continues = type === MIDDLE || type === LAST
    if (continues !== inChain || (type !== FULL && type !== FIRST && !continues)) {
      return { kind: 'damaged', at: offset }
    }
    inChain = type === FIRST || type === MIDDLE
    if (!inChain) whole = end
    offset = end
  }
  return inChain ? torn() : { kind: 'whole' }
}
