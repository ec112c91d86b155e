import { describe, expect, it, vi } from 'vitest'
import { createDeepLinkInbox, deepLinkArguments } from './deep-link-inbox'

const ARTICLE = '3f2b8c1e-9d4a-4b6e-8f1a-2c3d4e5f6a7b'
const HIGHLIGHT = '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d'
const LINK = `gloss://open/article/${ARTICLE}/highlight/${HIGHLIGHT}`

function inbox() {
  const deps = { send: vi.fn(), show: vi.fn(), refuse: vi.fn() }
  return { deps, inbox: createDeepLinkInbox(deps) }
}

describe('deepLinkArguments', () => {
  it('finds links wherever Chromium put them among the switches, never the executable', () => {
    const argv = ['gloss://x', '/p', '--allow-file-access', LINK, '--inspect=0', 'a.html']
    expect(deepLinkArguments(argv)).toEqual([LINK])
    expect(deepLinkArguments(['/opt/Gloss/gloss', 'a.md'])).toEqual([])
  })
})

describe('createDeepLinkInbox', () => {
  it('holds a link until the page has loaded, then sends its target once', () => {
    const { deps, inbox: links } = inbox()
    links.receive(LINK)
    expect(deps.show).toHaveBeenCalledTimes(1)
    expect(deps.send).not.toHaveBeenCalled()
    links.pageReady()
    expect(deps.send).toHaveBeenCalledExactlyOnceWith({
      articleId: ARTICLE,
      annotationId: HIGHLIGHT,
    })
    links.pageReady()
    expect(deps.send).toHaveBeenCalledTimes(1)
  })

  it('keeps only the latest of several links that came before the page', () => {
    const { deps, inbox: links } = inbox()
    links.receive(`gloss://open/article/${ARTICLE}`)
    links.receive(LINK)
    links.pageReady()
    expect(deps.send.mock.calls).toEqual([[{ articleId: ARTICLE, annotationId: HIGHLIGHT }]])
  })

  it('sends at once while the page is there, and holds again once it is gone', () => {
    const { deps, inbox: links } = inbox()
    links.pageReady()
    links.receive(`gloss://open/article/${ARTICLE}`)
    expect(deps.send).toHaveBeenCalledExactlyOnceWith({ articleId: ARTICLE })
    links.pageGone()
    links.receive(LINK)
    expect(deps.send).toHaveBeenCalledTimes(1)
    links.pageReady()
    expect(deps.send).toHaveBeenLastCalledWith({ articleId: ARTICLE, annotationId: HIGHLIGHT })
  })

  it.each([
    'gloss://app/index.html',
    `gloss://open/article/${ARTICLE}/../../app/index.html`,
    `${LINK}?then=https://evil.example`,
    'javascript:alert(1)',
  ])('refuses %s with a message, and neither shows nor sends anything', (link) => {
    const { deps, inbox: links } = inbox()
    links.pageReady()
    links.receive(link)
    expect(deps.refuse).toHaveBeenCalledExactlyOnceWith(
      expect.stringMatching(/^Gloss cannot open this link: /),
    )
    expect(deps.show).not.toHaveBeenCalled()
    expect(deps.send).not.toHaveBeenCalled()
  })

  it('a refused link does not drop the good one waiting', () => {
    const { deps, inbox: links } = inbox()
    links.receive(LINK)
    links.receive('gloss://open/article/nope')
    links.pageReady()
    expect(deps.send).toHaveBeenCalledExactlyOnceWith({
      articleId: ARTICLE,
      annotationId: HIGHLIGHT,
    })
  })
})
