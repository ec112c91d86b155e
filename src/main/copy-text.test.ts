import { describe, expect, it } from 'vitest'
import { copyToClipboard } from './copy-text'

describe('copyToClipboard', () => {
  it('writes the text as given', async () => {
    const written: string[] = []
    const result = await copyToClipboard('> quote\n\nnote', (text) => {
      written.push(text)
    })
    expect(result).toEqual({ ok: true, value: undefined })
    expect(written).toEqual(['> quote\n\nnote'])
  })

  it('turns a clipboard failure into an io error the reader can read', async () => {
    const result = await copyToClipboard('x', () => {
      throw new Error('clipboard busy')
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'io', message: 'The text could not be copied: clipboard busy' },
    })
  })

  it('waits for the asynchronous clipboard of Electron 45, and reports its late failure', async () => {
    const result = await copyToClipboard('x', async () => {
      await Promise.resolve()
      throw new Error('no clipboard owner')
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
  })
})
