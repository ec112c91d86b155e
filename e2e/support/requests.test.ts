import { describe, expect, it } from 'vitest'
import { leavingRequests } from './requests'

describe('leavingRequests', () => {
  it('keeps the app, its data: and its own blob: URLs inside, in Electron and on the web', () => {
    const inside = [
      'gloss://app/index.html',
      'gloss://app/assets/index.js',
      'data:image/png;base64,AAAA',
      'blob:gloss://app/0b7e4a1c-1f7a-4e8e-9d8a-3f1f9c0b1a2b',
    ]
    expect(leavingRequests(inside, 'gloss://app/index.html')).toEqual([])
    expect(
      leavingRequests(
        ['http://127.0.0.1:4173/assets/a.js', 'blob:http://127.0.0.1:4173/x'],
        'http://127.0.0.1:4173/',
      ),
    ).toEqual([])
  })

  it('counts file:, devtools:, another gloss: host, another port and the web as leaving', () => {
    const leaving = [
      'file:///etc/passwd',
      'devtools://devtools/bundled/inspector.html',
      'gloss://other/index.html',
      'blob:gloss://other/1',
      'https://example.com/x.png',
    ]
    expect(leavingRequests(leaving, 'gloss://app/index.html')).toEqual(leaving)
    expect(leavingRequests(['http://127.0.0.1:9999/'], 'http://127.0.0.1:4173/')).toEqual([
      'http://127.0.0.1:9999/',
    ])
  })
})
