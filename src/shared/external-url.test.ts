import { describe, expect, it } from 'vitest'
import { isOpenableExternalUrl } from './external-url'

describe('isOpenableExternalUrl', () => {
  it('allows https and mailto links', () => {
    expect(isOpenableExternalUrl('https://www.theguardian.com/world/2016/mar/14')).toBe(true)
    expect(isOpenableExternalUrl('HTTPS://example.org')).toBe(true)
    expect(isOpenableExternalUrl('mailto:editor@example.org?subject=Hi')).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JavaScript:alert(1)',
    'java&#x09;script&colon;alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'smb://attacker/share',
    'http://example.org',
    'gloss://app/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'https://user:secret@example.org',
    'https://evil@example.org',
    'https://',
    '//example.org',
    '',
  ])('refuses %j', (url) => {
    expect(isOpenableExternalUrl(url)).toBe(false)
  })
})
