import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer, type StaticServer } from './static-server'

describe('startStaticServer', () => {
  let dir: string
  let server: StaticServer

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gloss-bench-server-'))
    await mkdir(join(dir, 'web/assets'), { recursive: true })
    await mkdir(join(dir, 'bench'))
    await writeFile(join(dir, 'web/index.html'), '<h1>app</h1>')
    await writeFile(join(dir, 'web/assets/app.js'), 'export {}')
    await writeFile(join(dir, 'bench/index.html'), '<h1>lab</h1>')
    await writeFile(join(dir, 'secret.txt'), 'not served')
    server = await startStaticServer([
      { prefix: '/', dir: join(dir, 'web') },
      { prefix: '/bench/', dir: join(dir, 'bench') },
    ])
  })

  afterAll(async () => {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('serves files on 127.0.0.1 with the type a browser needs', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const script = await fetch(`${server.origin}/assets/app.js`)
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await (await fetch(`${server.origin}/`)).text()).toBe('<h1>app</h1>')
  })

  it('serves the longest matching mount', async () => {
    expect(await (await fetch(`${server.origin}/bench/index.html`)).text()).toBe('<h1>lab</h1>')
  })

  it('refuses paths that leave a mount, and missing files', async () => {
    for (const path of ['/..%2fsecret.txt', '/bench/..%2f..%2fsecret.txt', '/missing.js']) {
      expect((await fetch(`${server.origin}${path}`)).status).toBe(404)
    }
  })
})
