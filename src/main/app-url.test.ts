import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, isAppUrl } from './app-url'

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'gloss://app', 'gloss://app/', 'gloss://app/articles/x/photo-1.svg'])(
    'accepts the app origin: %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true)
    },
  )

  it.each([
    'gloss://app.evil.com/index.html',
    'gloss://app@evil/index.html',
    'gloss://evil@app/index.html',
    'gloss://app:8080/index.html',
    'gloss://evil/app',
    'gloss:app/index.html',
    'https://gloss://app',
    'https://app/index.html',
    'file:///work/main/out/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })
})
