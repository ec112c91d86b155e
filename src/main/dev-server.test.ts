import { afterEach, describe, expect, it } from 'vitest'
import { isAppUrl, isDevServerSocket, trustDevServer } from './app-url'
import { devServerUrl } from './dev-server'
import { isAllowedRequestUrl } from './network-filter'

afterEach(() => trustDevServer(null))

describe('npm run dev', () => {
  it('follows ELECTRON_RENDERER_URL only in an unpackaged app, and only to this machine', () => {
    expect(devServerUrl({ isPackaged: false, rendererUrl: 'http://localhost:5173' })).toBe(
      'http://localhost:5173/',
    )
    expect(
      devServerUrl({ isPackaged: false, rendererUrl: 'http://127.0.0.1:5173/' }),
    ).not.toBeNull()
    for (const rendererUrl of [
      'http://example.com:5173',
      'https://localhost:5173',
      'file:///home/x/index.html',
      'http://user:pw@localhost:5173',
      'not a url',
      '',
      undefined,
    ]) {
      expect(devServerUrl({ isPackaged: false, rendererUrl }), String(rendererUrl)).toBeNull()
    }
    expect(devServerUrl({ isPackaged: true, rendererUrl: 'http://localhost:5173' })).toBeNull()
  })

  it('trusts the dev server, and its reload socket, only once main says so', () => {
    const page = 'http://localhost:5173/index.html'
    const socket = 'ws://localhost:5173/?token=x'
    const options = { allowDevTools: true }
    expect(isAppUrl(page)).toBe(false)
    expect(isAllowedRequestUrl(page, options)).toBe(false)
    expect(isAllowedRequestUrl(socket, options)).toBe(false)
    trustDevServer('http://localhost:5173/')
    expect(isAppUrl(page)).toBe(true)
    expect(isDevServerSocket(socket)).toBe(true)
    expect(isAllowedRequestUrl(socket, options)).toBe(true)
    // Another port or host is not the dev server.
    expect(isAppUrl('http://localhost:5174/')).toBe(false)
    expect(isAllowedRequestUrl('ws://localhost:9229/', options)).toBe(false)
    expect(isAllowedRequestUrl('https://example.com/', options)).toBe(false)
  })
})
