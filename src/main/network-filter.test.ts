import { describe, expect, it, vi } from 'vitest'
import type { Session } from 'electron'
import { installNetworkFilter, isAllowedRequestUrl } from './network-filter'

const packaged = { allowDevTools: false }

describe('isAllowedRequestUrl', () => {
  it.each([
    'gloss://app/index.html',
    'gloss://app/assets/index-abc.js',
    'gloss://app/articles/putin-syria-withdrawal/photo-1.svg',
    'data:image/svg+xml;base64,PHN2Zy8+',
    'data:font/woff2;base64,AAAA',
    'blob:gloss://app/0b8f1c5e-1111-4e5a-9a7f-3c2d1e0f9a8b',
  ])('lets %s through', (url) => {
    expect(isAllowedRequestUrl(url, packaged)).toBe(true)
  })

  it.each([
    'https://fonts.googleapis.com/css2?family=Literata',
    'http://127.0.0.1:4173/',
    'ws://localhost:5173/',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'gloss://evil/index.html',
    'gloss://app.evil.com/index.html',
    'gloss://app@evil/x',
    'blob:https://evil.example/0b8f1c5e',
    'blob:null/0b8f1c5e',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isAllowedRequestUrl(url, packaged)).toBe(false)
  })

  it('lets DevTools load only in a developer build', () => {
    const devtools = 'devtools://devtools/bundled/devtools_app.html'
    expect(isAllowedRequestUrl(devtools, { allowDevTools: true })).toBe(true)
    expect(isAllowedRequestUrl('https://example.org', { allowDevTools: true })).toBe(false)
  })
})

describe('installNetworkFilter', () => {
  it('cancels refused requests on the session and lets app requests through', () => {
    let listener: ((details: { url: string }, callback: (r: object) => void) => void) | undefined
    const session = {
      webRequest: { onBeforeRequest: (l: typeof listener) => (listener = l) },
    } as unknown as Session
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    installNetworkFilter(session, packaged)

    const answers: object[] = []
    listener?.({ url: 'https://example.org/tracker.gif' }, (r) => answers.push(r))
    listener?.({ url: 'gloss://app/index.html' }, (r) => answers.push(r))
    expect(answers).toEqual([{ cancel: true }, { cancel: false }])
  })
})
