import { describe, expect, it } from 'vitest'
import { normalizeUrl } from './normalize-url'

describe('normalizeUrl', () => {
  it('makes the usual variants of one address the same', () => {
    const variants = [
      'https://www.example.com/news/story/',
      'http://example.com/news/story',
      'https://EXAMPLE.com/news/story#comments',
      'https://example.com/news/story?utm_source=x&utm_medium=email',
      'https://example.com/news/story/?fbclid=abc&gclid=def',
    ]
    expect(new Set(variants.map(normalizeUrl))).toEqual(new Set(['example.com/news/story']))
  })

  it('keeps the query parameters that name another page, in one order', () => {
    expect(normalizeUrl('https://example.com/read?id=7&page=2')).toBe(
      normalizeUrl('https://example.com/read?page=2&id=7&utm_campaign=spring'),
    )
    expect(normalizeUrl('https://example.com/read?id=7')).not.toBe(
      normalizeUrl('https://example.com/read?id=8'),
    )
  })

  it('tells apart other hosts, ports and paths', () => {
    expect(normalizeUrl('https://example.com/a')).not.toBe(normalizeUrl('https://example.org/a'))
    expect(normalizeUrl('https://example.com:8080/a')).toBe('example.com:8080/a')
    expect(normalizeUrl('https://example.com/a')).not.toBe(normalizeUrl('https://example.com/b'))
  })

  it('gives no form to what is not a web address, so it matches nothing', () => {
    expect(normalizeUrl('')).toBe('')
    expect(normalizeUrl('not a url')).toBe('')
    expect(normalizeUrl('file:///home/me/page.html')).toBe('')
    expect(normalizeUrl('mailto:someone@example.com')).toBe('')
  })
})
