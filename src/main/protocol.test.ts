import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  installAppProtocol,
  registerAppScheme,
} from './protocol'

// docs/security.md item 7, written out by hand: the test fails if csp.ts drifts from the promise.
const PROMISED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'"

describe('the Content Security Policy', () => {
  it('is exactly the policy docs/security.md promises', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(PROMISED_CSP)
  })
})

describe('registerAppScheme', () => {
  it('registers gloss: as standard, secure and fetchable', () => {
    const registered: unknown[] = []
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) })
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES])
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'gloss',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    })
  })
})

describe('the gloss:// request handler', () => {
  let base: string
  let handle: (request: Request) => Promise<Response>

  beforeAll(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'gloss-protocol-')))
    const roots = { renderer: join(base, 'renderer'), articles: join(base, 'articles') }
    await mkdir(join(roots.renderer, 'assets'), { recursive: true })
    await mkdir(join(roots.articles, 'seed'), { recursive: true })
    await writeFile(join(roots.renderer, 'index.html'), '<!doctype html><title>Gloss</title>')
    await writeFile(join(roots.renderer, 'assets', 'app.js'), 'export {}')
    await writeFile(join(roots.renderer, 'assets', 'font.woff2'), 'wOF2')
    await writeFile(join(roots.renderer, 'assets', 'blob.bin'), 'bytes')
    await writeFile(join(roots.articles, 'seed', 'photo-1.svg'), '<svg/>')
    await writeFile(join(base, 'secret.txt'), 'secret')
    let installed: ((request: Request) => Promise<Response>) | undefined
    installAppProtocol(
      {
        handle: (scheme, handler) => {
          expect(scheme).toBe('gloss')
          installed = handler as typeof installed
        },
      },
      roots,
    )
    handle = installed ?? createAppRequestHandler(roots)
  })

  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

  it.each([
    ['gloss://app/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Gloss</title>'],
    ['gloss://app/', 'text/html; charset=utf-8', '<!doctype html><title>Gloss</title>'],
    ['gloss://app/assets/app.js', 'text/javascript; charset=utf-8', 'export {}'],
    ['gloss://app/assets/font.woff2', 'font/woff2', 'wOF2'],
    ['gloss://app/assets/blob.bin', 'application/octet-stream', 'bytes'],
    ['gloss://app/articles/seed/photo-1.svg', 'image/svg+xml', '<svg/>'],
  ])('serves %s as %s with the policy headers', async (url, type, body) => {
    const response = await get(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-security-policy')).toBe(PROMISED_CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe(body)
  })

  it.each([
    'gloss://app/missing.js',
    'gloss://app/../secret.txt',
    'gloss://app/%2e%2e/secret.txt',
    'gloss://app/assets%2f..%2f..%2fsecret.txt',
    'gloss://app/assets/..%5c..%5csecret.txt',
    'gloss://evil/index.html',
    'gloss://app.evil.com/index.html',
  ])('answers 404 for %s, still with the policy headers', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
    expect(response.headers.get('content-security-policy')).toBe(PROMISED_CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('gloss://app/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('gloss://app/index.html', 'POST')).status).toBe(405)
  })
})
