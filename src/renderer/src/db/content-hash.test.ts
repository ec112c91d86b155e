import { describe, expect, it } from 'vitest'
import { contentHash } from './content-hash'

describe('contentHash', () => {
  it('is the SHA-256 of the text', async () => {
    // sha256("abc"), from FIPS 180-2's test vectors.
    expect(await contentHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('is the same for the same text spaced or composed differently', async () => {
    const composed = await contentHash('Café au lait.\n\nSecond\u00a0paragraph.')
    expect(await contentHash('Cafe\u0301 au  lait.\r\n\r\nSecond paragraph. ')).toBe(composed)
  })

  it('differs when a word differs', async () => {
    expect(await contentHash('The motherland is proud of you')).not.toBe(
      await contentHash('The motherland is proud of them'),
    )
  })
})
