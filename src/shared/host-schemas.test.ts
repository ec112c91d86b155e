import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { MAX_BACKUP_BYTES, MAX_FILE_CHARS, MAX_FILE_NAME_CHARS, MAX_FILE_PARTS } from './host'
import {
  CopyTextSchema,
  ExternalUrlSchema,
  MenuCommandSchema,
  OpenFileRequestSchema,
  SaveFileRequestSchema,
} from './host-schemas'

const accepts = (schema: v.GenericSchema, input: unknown): boolean =>
  v.safeParse(schema, input).success

describe('SaveFileRequestSchema', () => {
  const valid = { suggestedName: 'notes.md', content: '# Notes', mimeType: 'text/markdown' }

  it('accepts a well-formed request, and content in parts', () => {
    expect(accepts(SaveFileRequestSchema, valid)).toBe(true)
    expect(accepts(SaveFileRequestSchema, { ...valid, content: ['a', 'b'] })).toBe(true)
  })

  it('accepts bytes up to the backup limit, and refuses more', () => {
    const zip = { ...valid, mimeType: 'application/zip' }
    expect(accepts(SaveFileRequestSchema, { ...zip, content: new Uint8Array(8) })).toBe(true)
    // A view that claims more than the limit without allocating it.
    const huge = new Proxy(new Uint8Array(1), {
      get: (target, key) =>
        key === 'byteLength' ? MAX_BACKUP_BYTES + 1 : Reflect.get(target, key),
    })
    expect(accepts(SaveFileRequestSchema, { ...zip, content: huge })).toBe(false)
    expect(accepts(SaveFileRequestSchema, { ...zip, content: new ArrayBuffer(8) })).toBe(false)
    expect(accepts(SaveFileRequestSchema, { ...zip, content: [new Uint8Array(1)] })).toBe(false)
  })

  it.each([
    ['content that is not a string', { ...valid, content: 42 }],
    ['content in parts that are not text', { ...valid, content: ['a', 1] }],
    ['content in too many parts', { ...valid, content: Array(MAX_FILE_PARTS + 1).fill('a') }],
    ['a part over the limit', { ...valid, content: ['a', 'x'.repeat(MAX_FILE_CHARS + 1)] }],
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

  it('CopyTextSchema takes text up to the file limit', () => {
    expect(accepts(CopyTextSchema, '> a quote')).toBe(true)
    expect(accepts(CopyTextSchema, '')).toBe(true)
    expect(accepts(CopyTextSchema, 42)).toBe(false)
    expect(accepts(CopyTextSchema, ['text'])).toBe(false)
    expect(accepts(CopyTextSchema, 'x'.repeat(MAX_FILE_CHARS + 1))).toBe(false)
  })

  it('MenuCommandSchema takes only known commands', () => {
    expect(accepts(MenuCommandSchema, 'export')).toBe(true)
    expect(accepts(MenuCommandSchema, 'rm -rf')).toBe(false)
  })
})
