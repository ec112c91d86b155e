import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeTextTerm, textDirective, textFragmentLink } from './text-fragment'

const quote = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix })

/**
 * A directive read back as the spec's parser reads it: split on commas, a trailing `-` marks
 * the prefix and a leading `-` the suffix, then each term percent-decoded.
 */
function parseDirective(directive: string) {
  expect(directive.startsWith('text=')).toBe(true)
  const tokens = directive.slice(5).split(',')
  const prefix = tokens[0].endsWith('-') ? tokens.shift()?.slice(0, -1) : undefined
  const suffix = tokens[tokens.length - 1].startsWith('-') ? tokens.pop()?.slice(1) : undefined
  expect(tokens.length === 1 || tokens.length === 2).toBe(true)
  const decode = (term: string | undefined) =>
    term === undefined ? undefined : decodeURIComponent(term)
  return {
    prefix: decode(prefix),
    textStart: decode(tokens[0]),
    textEnd: decode(tokens[1]),
    suffix: decode(suffix),
  }
}

describe('encodeTextTerm', () => {
  it('percent-encodes the directive’s delimiters and everything outside its explicit characters', () => {
    expect(encodeTextTerm('a-b & c, d')).toBe('a%2Db%20%26%20c%2C%20d')
    expect(encodeTextTerm('#%?=é')).toBe('%23%25%3F%3D%C3%A9')
    expect(encodeTextTerm("it's (ok)!")).toBe("it's%20(ok)!")
    expect(encodeTextTerm('lone \uD800 surrogate')).toBe('lone%20%EF%BF%BD%20surrogate')
  })

  it('always decodes back to the term, and never leaves a -, & or , bare', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (term) => {
        const encoded = encodeTextTerm(term)
        expect(encoded).not.toMatch(/[-&,#\s]/)
        expect(decodeURIComponent(encoded)).toBe(term)
      }),
    )
  })
})

describe('textDirective', () => {
  it('writes a short quote whole, its whitespace collapsed', () => {
    expect(textDirective(quote('The motherland   is proud of you, said the pilot'))).toBe(
      'text=The%20motherland%20is%20proud%20of%20you%2C%20said%20the%20pilot',
    )
  })

  it('gives a short quote the whole words around it, from its own block only', () => {
    const directive = textDirective(
      quote('proud of you', 'first line\n\nsaid: The motherland is ', ' — he said, and left'),
    )
    expect(directive && parseDirective(directive)).toEqual({
      prefix: 'The motherland is',
      textStart: 'proud of you',
      textEnd: undefined,
      suffix: '— he said,',
    })
    // A prefix cut mid-word loses that word; a quote starting mid-word gets no prefix.
    expect(textDirective(quote('proud', 'herland is ', ''))).toBe('text=is-,proud')
    expect(textDirective(quote('oud', 'the motherland is pr', ''))).toBe('text=oud')
    expect(textDirective(quote('proud', '\n\n', '\n\nNext'))).toBe('text=proud')
  })

  it('writes a long quote as its first and last words', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ')
    expect(textDirective(quote(words, 'before ', ' after'))).toBe(
      'text=word0%20word1%20word2%20word3%20word4,word75%20word76%20word77%20word78%20word79',
    )
  })

  it('writes a quote across blocks as a range from its first block to its last', () => {
    const directive = textDirective(
      quote('stays text.\n\nVoices in other scripts, and more words here to make it long'),
    )
    expect(directive && parseDirective(directive)).toEqual({
      prefix: undefined,
      textStart: 'stays text.',
      textEnd: 'here to make it long',
      suffix: undefined,
    })
    expect(textDirective(quote('one\n\ntwo'))).toBe('text=one,two')
  })

  it('has nothing to say of a quote without words', () => {
    expect(textDirective(quote(' \n\n\t'))).toBeNull()
  })
})

describe('textFragmentLink', () => {
  it('replaces the page’s own fragment with the directive', () => {
    expect(textFragmentLink('https://example.org/a?b=1#top', quote('x-ray'))).toBe(
      'https://example.org/a?b=1#:~:text=x%2Dray',
    )
  })

  it('links only to web pages', () => {
    expect(textFragmentLink('javascript:alert(1)', quote('x'))).toBeNull()
    expect(textFragmentLink('file:///home/me/page.html', quote('x'))).toBeNull()
    expect(textFragmentLink('not a url', quote('x'))).toBeNull()
    expect(textFragmentLink('https://example.org/', quote('  '))).toBeNull()
  })

  it('is parsed by the URL parser as the same link, with the directive in its fragment', () => {
    const link = textFragmentLink('https://example.org/wiki/A_(b)', quote('a, b & c-d'))
    expect(link).not.toBeNull()
    const url = new URL(link as string)
    expect(url.href).toBe(link)
    expect(parseDirective(url.hash.slice('#:~:'.length)).textStart).toBe('a, b & c-d')
  })
})
