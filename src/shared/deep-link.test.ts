import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_DEEP_LINK_CHARS,
  deepLinkFor,
  isDeepLinkArgument,
  isDeepLinkTarget,
  parseDeepLink,
} from './deep-link'

const ARTICLE = '3f2b8c1e-9d4a-4b6e-8f1a-2c3d4e5f6a7b'
const HIGHLIGHT = '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d'
const SEED = 'seed-720a579d1653449e'
const TO_HIGHLIGHT = `gloss://open/article/${ARTICLE}/highlight/${HIGHLIGHT}`

describe('deepLinkFor', () => {
  it('makes links to a highlight and to an article, the bundled one included', () => {
    expect(deepLinkFor({ articleId: ARTICLE, annotationId: HIGHLIGHT })).toBe(TO_HIGHLIGHT)
    expect(deepLinkFor({ articleId: SEED })).toBe(`gloss://open/article/${SEED}`)
    expect(deepLinkFor({ articleId: SEED, annotationId: HIGHLIGHT })).toBe(
      `gloss://open/article/${SEED}/highlight/${HIGHLIGHT}`,
    )
  })

  it('makes no link for ids Gloss does not make', () => {
    expect(deepLinkFor({ articleId: 'a1' })).toBeNull()
    expect(deepLinkFor({ articleId: ARTICLE, annotationId: SEED })).toBeNull()
    expect(deepLinkFor({ articleId: ARTICLE.toUpperCase() })).toBeNull()
    expect(deepLinkFor({ articleId: `${ARTICLE}/../x` })).toBeNull()
  })

  it('reads back every link it makes as the same target', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.option(fc.uuid(), { nil: undefined }),
        (articleId, annotationId) => {
          const target = annotationId === undefined ? { articleId } : { articleId, annotationId }
          const link = deepLinkFor(target)
          expect(link).not.toBeNull()
          expect(parseDeepLink(link)).toEqual({ ok: true, value: target })
        },
      ),
    )
  })
})

describe('parseDeepLink', () => {
  it('reads a link to a highlight and to an article', () => {
    expect(parseDeepLink(TO_HIGHLIGHT)).toEqual({
      ok: true,
      value: { articleId: ARTICLE, annotationId: HIGHLIGHT },
    })
    expect(parseDeepLink(`gloss://open/article/${SEED}`)).toEqual({
      ok: true,
      value: { articleId: SEED },
    })
  })

  it.each([
    ['the app’s own pages', 'gloss://app/index.html'],
    ['the app’s host with the right path', `gloss://app/article/${ARTICLE}`],
    ['another host', `gloss://evil/article/${ARTICLE}`],
    ['a host that starts like ours', `gloss://open.evil.com/article/${ARTICLE}`],
    ['credentials', `gloss://open@evil/article/${ARTICLE}`],
    ['credentials before our host', `gloss://evil@open/article/${ARTICLE}`],
    ['a port', `gloss://open:80/article/${ARTICLE}`],
    ['upper case host', `gloss://OPEN/article/${ARTICLE}`],
    ['upper case id', `gloss://open/article/${ARTICLE.toUpperCase()}`],
    ['dot segments', `gloss://open/x/../article/${ARTICLE}`],
    ['dot segments in the id', `gloss://open/article/../../app/index.html`],
    ['encoded dots', `gloss://open/article/%2e%2e/${ARTICLE}`],
    ['an encoded slash', `gloss://open/article/${ARTICLE}%2Fhighlight%2F${HIGHLIGHT}`],
    ['a backslash', `gloss://open/article\\${ARTICLE}`],
    ['a query string', `${TO_HIGHLIGHT}?next=https://evil.example`],
    ['an empty query', `${TO_HIGHLIGHT}?`],
    ['a fragment', `${TO_HIGHLIGHT}#/library`],
    ['a trailing slash', `${TO_HIGHLIGHT}/`],
    ['a double slash', `gloss://open/article//${ARTICLE}`],
    ['more path', `${TO_HIGHLIGHT}/note`],
    ['an unknown route', `gloss://open/library`],
    ['no path', 'gloss://open'],
    ['a tab inside', `gloss://open/article/${ARTICLE.slice(0, 4)}\t${ARTICLE.slice(4)}`],
    ['spaces around it', ` ${TO_HIGHLIGHT} `],
    ['a non-UUID annotation id', `gloss://open/article/${ARTICLE}/highlight/${SEED}`],
    ['a made-up article id', `gloss://open/article/putin-syria-withdrawal`],
    ['script in the id', `gloss://open/article/<script>alert(1)</script>`],
    ['an over-long link', `${TO_HIGHLIGHT}${'a'.repeat(MAX_DEEP_LINK_CHARS)}`],
    ['https', `https://open/article/${ARTICLE}`],
    ['file', `file:///article/${ARTICLE}`],
    ['javascript', 'javascript:alert(1)'],
    ['an upper-case scheme', TO_HIGHLIGHT.replace('gloss:', 'GLOSS:')],
    ['no scheme', `open/article/${ARTICLE}`],
    ['nothing', ''],
  ])('refuses %s', (_what, link) => {
    const result = parseDeepLink(link)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^Gloss cannot open this link: .+\.$/)
  })

  it('refuses what is not text', () => {
    for (const value of [undefined, null, 7, { articleId: ARTICLE }, [TO_HIGHLIGHT]]) {
      expect(parseDeepLink(value)).toEqual({
        ok: false,
        error: 'Gloss cannot open this link: it is not text.',
      })
    }
  })
})

describe('isDeepLinkArgument', () => {
  it('tells links from file names on a command line', () => {
    expect(isDeepLinkArgument(TO_HIGHLIGHT)).toBe(true)
    expect(isDeepLinkArgument('GLOSS://open/x')).toBe(true)
    expect(isDeepLinkArgument('gloss:nonsense')).toBe(true)
    expect(isDeepLinkArgument('/home/r/gloss://x.html')).toBe(false)
    expect(isDeepLinkArgument('C:\\notes\\a.md')).toBe(false)
    expect(isDeepLinkArgument('glossary.md')).toBe(false)
  })
})

describe('isDeepLinkTarget', () => {
  it('accepts exactly the targets parseDeepLink gives', () => {
    expect(isDeepLinkTarget({ articleId: ARTICLE })).toBe(true)
    expect(isDeepLinkTarget({ articleId: SEED, annotationId: HIGHLIGHT })).toBe(true)
    expect(isDeepLinkTarget({ articleId: ARTICLE, annotationId: HIGHLIGHT, url: 'x' })).toBe(false)
    expect(isDeepLinkTarget({ articleId: '../app' })).toBe(false)
    expect(isDeepLinkTarget({ articleId: ARTICLE, annotationId: 'x' })).toBe(false)
    expect(isDeepLinkTarget(TO_HIGHLIGHT)).toBe(false)
    expect(isDeepLinkTarget(null)).toBe(false)
  })
})
