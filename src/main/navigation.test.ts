import { describe, expect, it } from 'vitest'
import type { App } from 'electron'
import { guardWebContents, installNavigationGuards, type GuardedContents } from './navigation'

type Listener = (event: { url?: string; preventDefault(): void }) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener)
      return contents
    },
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler
    },
  }
  /** Fire an event; true when the guard prevented it. */
  const fire = (event: string, url = ''): boolean => {
    let prevented = false
    const listener = listeners.get(event)
    if (!listener) throw new Error(`no listener for ${event}`)
    listener({ url, preventDefault: () => (prevented = true) })
    return prevented
  }
  const open = (url: string) => openHandler?.({ url })
  return { contents: contents as unknown as GuardedContents, fire, open }
}

const HOSTILE_URLS = [
  'gloss://app.evil.com/index.html',
  'gloss://app@evil/index.html',
  'gloss://evil/index.html',
  'https://gloss://app',
  'https://example.org/',
  'http://127.0.0.1:4173/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'chrome://gpu',
]

describe('guardWebContents', () => {
  const { contents, fire, open } = fakeContents()
  guardWebContents(contents)

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s stays on the app origin',
    (event) => {
      expect(fire(event, 'gloss://app/index.html')).toBe(false)
      expect(fire(event, 'gloss://app/articles/x/photo-1.svg')).toBe(false)
      for (const url of HOSTILE_URLS) expect(fire(event, url), url).toBe(true)
    },
  )

  it('denies every new window, even one for the app itself', () => {
    for (const url of [...HOSTILE_URLS, 'gloss://app/index.html']) {
      expect(open(url)).toEqual({ action: 'deny' })
    }
  })

  it('prevents attaching a webview', () => {
    expect(fire('will-attach-webview')).toBe(true)
  })
})

describe('installNavigationGuards', () => {
  it('guards every web contents the app creates', () => {
    let created: ((event: unknown, contents: unknown) => void) | undefined
    const app = {
      on: (event: string, listener: typeof created) => {
        if (event === 'web-contents-created') created = listener
      },
    } as unknown as App
    installNavigationGuards(app)
    const { contents, fire } = fakeContents()
    created?.({}, contents)
    expect(fire('will-navigate', 'https://example.org/')).toBe(true)
  })
})
