import { describe, expect, it, vi } from 'vitest'
import { openExternalLink } from './open-external'

describe('openExternalLink', () => {
  it('opens https and mailto links, in their parsed form', async () => {
    const open = vi.fn(async () => undefined)
    expect(await openExternalLink('https://example.org/a b', open)).toEqual({
      ok: true,
      value: undefined,
    })
    expect(await openExternalLink('mailto:editor@example.org', open)).toMatchObject({ ok: true })
    expect(open.mock.calls).toEqual([['https://example.org/a%20b'], ['mailto:editor@example.org']])
  })

  it.each([
    'javascript:alert(1)',
    'java&#x09;script&colon;alert(1)',
    'file:///etc/passwd',
    'file://attacker/share/payload.exe',
    'smb://attacker/share',
    'data:text/html,<script>alert(1)</script>',
    'http://example.org',
    'ms-msdt:/id PCWDiagnostic',
    'gloss://app/index.html',
    'custom-scheme://do-something',
  ])('refuses %s without calling the shell', async (url) => {
    const open = vi.fn(async () => undefined)
    expect(await openExternalLink(url, open)).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    })
    expect(open).not.toHaveBeenCalled()
  })

  it('reports a shell failure as an io error', async () => {
    const open = vi.fn(async () => {
      throw new Error('no browser configured')
    })
    expect(await openExternalLink('https://example.org', open)).toEqual({
      ok: false,
      error: { code: 'io', message: 'The link could not be opened: no browser configured' },
    })
  })
})
