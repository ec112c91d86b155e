import { describe, expect, it } from 'vitest'
import { webAddress } from './web-address'

describe('webAddress', () => {
  it('keeps http and https addresses, as the URL parser writes them', () => {
    expect(webAddress('https://a.example/story?id=1#top')).toBe('https://a.example/story?id=1#top')
    expect(webAddress(' HTTP://A.example ')).toBe('http://a.example/')
  })

  it.each([
    'file:///C:/Users/me/Story.html',
    'about:internet',
    'javascript:alert(1)',
    'data:text/html,<p>x',
    'cid:frame-1@mhtml.blink',
    'not an address',
    '',
  ])('drops %s', (text) => {
    expect(webAddress(text)).toBeUndefined()
  })

  it('has nothing for nothing', () => {
    expect(webAddress(undefined)).toBeUndefined()
  })
})
