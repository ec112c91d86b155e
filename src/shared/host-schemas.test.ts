import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_CHARS, MAX_FILE_NAME_CHARS } from './host'
import {
  ExternalUrlSchema,
  isOpenableExternalUrl,
  MenuCommandSchema,
  OpenFileRequestSchema,
  SaveFileRequestSchema,
} from './host-schemas'

const accepts = (schema: v.GenericSchema, input: unknown): boolean =>
  v.safeParse(schema, input).success

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

describe('SaveFileRequestSchema', () => {
  const valid = { suggestedName: 'notes.md', content: '# Notes', mimeType: 'text/markdown' }

  it('accepts a well-formed request', () => {
    expect(accepts(SaveFileRequestSchema, valid)).toBe(true)
  })

  it.each([
    ['content that is not a string', { ...valid, content: 42 }],
    ['content as an array', { ...valid, content: ['a'] }],
    ['content over the limit', { ...valid, content: 'x'.repeat(MAX_FILE_CHARS + 1) }],
    ['a name over the limit', { ...valid, suggestedName: 'x'.repeat(MAX_FILE_NAME_CHARS + 1) }],
    ['a missing name', { content: 'x', mimeType: 'text/plain' }],
    ['a MIME type with parameters', { ...valid, mimeType: 'text/html; charset=utf-8' }],
    ['an unknown key', { ...valid, path: '/etc/passwd' }],
    ['null', null],
    ['a string', 'notes.md'],
  ])('refuses %s', (_label, payload) => {
    expect(accepts(SaveFileRequestSchema, payload)).toBe(false)
  })

  it('refuses a payload carrying a __proto__ key', () => {
    const hostile = JSON.parse(
      '{"suggestedName":"a","content":"b","mimeType":"text/plain",' + '"__proto__":{"polluted":1}}',
    ) as unknown
    expect(accepts(SaveFileRequestSchema, hostile)).toBe(false)
  })
})

describe('the other payload schemas', () => {
  it('OpenFileRequestSchema takes only the known purposes', () => {
    expect(accepts(OpenFileRequestSchema, { purpose: 'backup' })).toBe(true)
    expect(accepts(OpenFileRequestSchema, { purpose: 'annotations' })).toBe(true)
    expect(accepts(OpenFileRequestSchema, { purpose: 'anything' })).toBe(false)
    expect(accepts(OpenFileRequestSchema, {})).toBe(false)
  })

  it('ExternalUrlSchema refuses non-strings, long links and unsafe schemes', () => {
    expect(accepts(ExternalUrlSchema, 'https://example.org')).toBe(true)
    expect(accepts(ExternalUrlSchema, { href: 'https://example.org' })).toBe(false)
    expect(accepts(ExternalUrlSchema, `https://example.org/${'a'.repeat(3000)}`)).toBe(false)
    expect(accepts(ExternalUrlSchema, 'file:///etc/passwd')).toBe(false)
  })

  it('MenuCommandSchema takes only known commands', () => {
    expect(accepts(MenuCommandSchema, 'export')).toBe(true)
    expect(accepts(MenuCommandSchema, 'rm -rf')).toBe(false)
  })
})
