import { describe, expect, it } from 'vitest'
import { MAX_FILE_CHARS } from '../shared/host'
import { CLIPBOARD_READ_WINDOW_MS, createClipboardReader } from './read-clipboard'

function setUp(html = '<p>Copied <b>text</b></p>', text = 'Copied text') {
  let time = 1_000
  const items = [
    {
      types: ['text/html', 'text/plain'],
      getType: async (type: string) => new Blob([type === 'text/html' ? html : text]),
    },
  ]
  const reader = createClipboardReader({ read: async () => items }, () => time)
  return { reader, advance: (ms: number) => (time += ms) }
}

describe('createClipboardReader', () => {
  it('refuses a read the reader did not ask for', async () => {
    const { reader } = setUp()
    expect(await reader.read()).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('allows exactly one read right after Paste as new article', async () => {
    const { reader } = setUp()
    reader.allowOnce()
    expect(await reader.read()).toEqual({
      ok: true,
      value: { html: '<p>Copied <b>text</b></p>', text: 'Copied text' },
    })
    expect((await reader.read()).ok).toBe(false)
  })

  it('closes the window after a short while', async () => {
    const { reader, advance } = setUp()
    reader.allowOnce()
    advance(CLIPBOARD_READ_WINDOW_MS + 1)
    expect((await reader.read()).ok).toBe(false)
  })

  it('refuses what is too large to cross the bridge', async () => {
    const { reader } = setUp('', 'x'.repeat(MAX_FILE_CHARS + 1))
    reader.allowOnce()
    expect(await reader.read()).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })
})
