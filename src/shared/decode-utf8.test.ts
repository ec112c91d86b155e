import { describe, expect, it } from 'vitest'
import { decodeUtf8 } from './decode-utf8'

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...new TextEncoder().encode(part)] : part,
    ),
  )

describe('decodeUtf8', () => {
  it('reads UTF-8 as it is, multi-byte characters included, and drops a byte order mark', () => {
    expect(decodeUtf8(bytes('Пропуск 👩‍👩‍👧'))).toEqual({ text: 'Пропуск 👩‍👩‍👧', unreadable: 0 })
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{}'))).toEqual({ text: '{}', unreadable: 0 })
  })

  it('counts each byte sequence that is not UTF-8', () => {
    // A Windows-1252 é, a lone continuation byte and a truncated three-byte sequence at the end.
    const decoded = decodeUtf8(bytes('caf', [0xe9], ' x', [0x80], ' y', [0xe2, 0x82]))
    expect(decoded.text).toBe('caf\uFFFD x\uFFFD y\uFFFD')
    expect(decoded.unreadable).toBe(3)
  })

  it('does not count a U+FFFD the file itself holds', () => {
    expect(decodeUtf8(bytes('kept \uFFFD'))).toEqual({ text: 'kept \uFFFD', unreadable: 0 })
    expect(decodeUtf8(bytes('kept \uFFFD and ', [0xff])).unreadable).toBe(1)
  })
})
