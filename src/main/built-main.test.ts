/**
 * A smoke test of what was built, not of the sources: the built main process is loaded in Node
 * under a recording double of the `electron` module (testing/built-main.ts), twice: as the
 * Electron e2e project starts it (the project folder, electron-launch.ts), and from the `dir`
 * package electron-builder makes (its app.asar unpacked; `process.resourcesPath` its resources).
 * Each time: nothing throws at start; the window loads gloss://app; the gloss:// handler serves
 * index.html and every script, style, font and image built with the right MIME type; the
 * article and its photos load; the preload the window names exists. It checks the wiring of
 * the build on machines without Electron; it does not replace the Electron e2e project.
 */
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { electronLaunchArgs } from '../../e2e/support/electron-launch'
import { CHANNELS } from '../shared/channels'
import { packageDir, type PackagedApp } from './testing/package-dir'
import { startBuiltMain, type Recorded } from './testing/built-main'

const ROOT = join(__dirname, '..', '..')
const BUILT_MAIN = join(ROOT, 'out', 'main', 'index.js')
const built = existsSync(BUILT_MAIN)
if (!built)
  console.warn('built-main.test.ts skipped: out/main is not built (npm run build; npm test does).')

/** `electron <arg>`: a folder is the app; a script runs in the default app, from its folder. */
function appPathFor(arg: string): string {
  return statSync(arg).isDirectory() ? arg : dirname(arg)
}

/** The checks, on whatever `recorded` a start of the built main left. */
function checksOf(
  started: () => Recorded,
  renderer: () => string,
  protocolClient: () => unknown[],
): void {
  const get = (path: string) => started().protocolHandler!(new Request(`gloss://app${path}`))

  it('makes itself the handler of gloss:// links, the way this run is started', () => {
    expect(started().protocolClients).toEqual([protocolClient()])
  })

  it('starts without an error and opens a window whose preload exists', () => {
    expect(started().errors).toEqual([])
    expect(started().windows).toHaveLength(1)
    expect(existsSync(started().windows[0].webPreferences.preload)).toBe(true)
  })

  it('serves index.html, what it names, and every script, style and font built, each as its type', async () => {
    const index = await get('/index.html')
    expect(index.status).toBe(200)
    expect(index.headers.get('Content-Type')).toMatch(/^text\/html/)
    const named = [...(await index.text()).matchAll(/(?:src|href)="(\.?\/[^"]+)"/g)].map(
      ([, path]) => new URL(path, 'gloss://app/index.html').pathname,
    )
    expect(named.filter((path) => path.endsWith('.js')).length).toBeGreaterThan(0)
    expect(named.filter((path) => path.endsWith('.css')).length).toBeGreaterThan(0)
    // Everything built, so chunks loaded later (import()) and fonts named in CSS are covered.
    const built = readdirSync(join(renderer(), 'assets')).map((f) => `/assets/${f}`)
    expect(built.some((path) => path.endsWith('.woff2'))).toBe(true)
    const types: Record<string, RegExp> = {
      js: /^text\/javascript/,
      css: /^text\/css/,
      woff2: /^font\/woff2/,
      svg: /^image\/svg\+xml/,
      png: /^image\/png/,
    }
    for (const path of new Set([...named, ...built])) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      const type = types[path.split('.').at(-1)!]
      expect(type, `a type for ${path}`).toBeDefined()
      expect(response.headers.get('Content-Type'), path).toMatch(type)
    }
  })

  it('loads the bundled article over IPC, and serves its photos', async () => {
    const event = { senderFrame: { url: 'gloss://app/index.html', parent: null } }
    const result = (await started().ipc.get(CHANNELS.loadArticle)!(event)) as {
      ok: boolean
      value?: { title: string; assetBase: string; blocks: { image?: string | null }[] }
    }
    expect(result.ok).toBe(true)
    const article = result.value!
    expect(article.title).toMatch(/Putin/)
    const photos = article.blocks.flatMap((block) => (block.image ? [block.image] : []))
    expect(photos.length).toBeGreaterThan(0)
    for (const photo of photos) {
      const response = await get(
        new URL(article.assetBase + photo, 'gloss://app/index.html').pathname,
      )
      expect(response.status, photo).toBe(200)
      expect(response.headers.get('Content-Type'), photo).toMatch(/^image\//)
    }
  })
}

describe.skipIf(!built)(
  'the built main process, started as the Electron e2e project starts it',
  () => {
    let recorded: Recorded
    beforeAll(async () => {
      const userData = mkdtempSync(join(tmpdir(), 'gloss-built-main-'))
      const [appArg] = electronLaunchArgs(ROOT, userData)
      recorded = await startBuiltMain({
        main: BUILT_MAIN,
        appPath: appPathFor(appArg),
        isPackaged: false,
        userData,
      })
    })
    checksOf(
      () => recorded,
      () => join(ROOT, 'out', 'renderer'),
      // Electron, told the project folder: what the OS runs for a link in a dev checkout.
      () => ['gloss', process.execPath, [ROOT]],
    )
  },
)

describe.skipIf(!built)('the built main process, inside the package electron-builder makes', () => {
  let recorded: Recorded
  let app: string
  let packaged: PackagedApp
  beforeAll(async () => {
    packaged = await packageDir(ROOT)
    app = packaged.app
    const userData = mkdtempSync(join(tmpdir(), 'gloss-packaged-main-'))
    recorded = await startBuiltMain({
      main: join(app, 'out', 'main', 'index.js'),
      appPath: app,
      isPackaged: true,
      resourcesPath: packaged.resources,
      userData,
    })
  }, 120_000)
  checksOf(
    () => recorded,
    () => join(app, 'out', 'renderer'),
    () => ['gloss'],
  )

  it('packs the build, package.json and the runtime dependencies, and nothing else', () => {
    const files = packaged.asarFiles
    const inside =
      /^\/(out(\/(main|preload|renderer)(\/.*)?)?|package\.json|node_modules(\/valibot(\/.*)?)?)$/
    const outside = files.filter((path) => !inside.test(path))
    expect(outside).toEqual([])
    expect(files.filter((path) => /\.map$|\.test\.|\/src\/|fixtures/.test(path))).toEqual([])
    expect(files).toContain('/out/main/index.js')
    expect(files).toContain('/node_modules/valibot/package.json')
  })

  it('puts the bundled article in resources/articles, where a packaged app looks', () => {
    const article = join(packaged.resources, 'articles', 'putin-syria-withdrawal', 'article.json')
    expect(existsSync(article)).toBe(true)
  })
})
