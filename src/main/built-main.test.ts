/**
 * A smoke test of what was built, not of the sources: the built main process is loaded in Node
 * under a recording double of the `electron` module (testing/built-main.ts), twice: as the
 * Electron e2e project starts it (the project folder, electron-launch.ts), and from the `dir`
 * package electron-builder makes (its app.asar unpacked; `process.resourcesPath` its resources).
 * Each time: nothing throws at start; the window loads gloss://app; the gloss:// handler serves
 * index.html and every script, style, font and image built with the right MIME type; the
 * article and its photos load; the preload and icon the window names exist. It checks the
 * wiring of the build on machines without Electron; it does not replace the Electron e2e
 * project. The same packaging run also yields what the deb and the AppImage would be made of
 * (testing/package-dir.ts): their desktop files and the deb's scripts are checked here too.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
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

  it('starts without an error and opens a window whose preload and icon exist', () => {
    expect(started().errors).toEqual([])
    expect(started().windows).toHaveLength(1)
    const [window] = started().windows
    expect(existsSync(window.webPreferences.preload)).toBe(true)
    // The window names its icon on Linux only.
    expect(existsSync(window.icon ?? '')).toBe(process.platform === 'linux')
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

  it('tells Electron the name of the desktop file, so the window is matched to it on Linux', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
    expect(manifest.desktopName).toBe('gloss.desktop')
  })

  describe('and the Linux installers made from it', () => {
    const OPENS = [
      'text/html',
      'application/x-mimearchive',
      'text/markdown',
      'text/plain',
      'x-scheme-handler/gloss',
    ]
    const entry = (desktop: string, key: string) =>
      desktop.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1]

    it('the deb installs to /opt/Gloss a desktop file that opens the files and gloss:// links', () => {
      const { deb } = packaged
      expect(deb.desktopTarget).toBe('/usr/share/applications/gloss.desktop')
      expect(entry(deb.desktop, 'Exec')).toBe('/opt/Gloss/gloss %U')
      expect(entry(deb.desktop, 'Icon')).toBe('gloss')
      expect(entry(deb.desktop, 'StartupWMClass')).toBe('gloss')
      // Each once: electron-builder repeats a `protocols` scheme per target.
      expect(entry(deb.desktop, 'MimeType')).toBe(`${OPENS.join(';')};`)
      expect(deb.installs).toContain(`${join(packaged.resources, '..')}/=/opt/Gloss`)
      expect(deb.installs).toContain(
        `${join(ROOT, 'build', 'icon.png')}=/usr/share/icons/hicolor/1024x1024/apps/gloss.png`,
      )
      // No MIME package of its own: the system's definitions of text/html and the rest stay.
      expect(deb.installs.filter((pair) => pair.includes('/usr/share/mime/'))).toEqual([])
    })

    it('the desktop file of the AppImage opens the same, and keeps the sandbox', () => {
      const { appImage } = packaged
      expect(appImage.desktopFileName).toBe('gloss.desktop')
      expect(entry(appImage.desktop, 'Exec')).toBe('AppRun %U')
      expect(entry(appImage.desktop, 'MimeType')).toBe(`${OPENS.join(';')};`)
    })

    it('the deb runs our postinst, and ships the AppArmor profile it loads', () => {
      const source = readFileSync(join(ROOT, 'build', 'deb-after-install.sh'), 'utf8')
      expect(packaged.deb.afterInstall).toBe(
        source.replaceAll('${executable}', 'gloss').replaceAll('${sanitizedProductName}', 'Gloss'),
      )
      const profile = readFileSync(join(packaged.resources, 'apparmor-profile'), 'utf8')
      expect(profile).toMatch(/^abi <abi\/4\.0>,$/m)
      expect(profile).toMatch(/^profile "gloss" "\/opt\/Gloss\/gloss" flags=\(unconfined\) \{$/m)
      expect(profile).toMatch(/^\s*userns,$/m)
      // electron-builder's postrm unloads and removes the same profile.
      expect(packaged.deb.afterRemove).toMatch(/apparmor_parser --remove "\$APPARMOR_PROFILE_DEST"/)
      expect(packaged.deb.afterRemove).toContain("APPARMOR_PROFILE_DEST='/etc/apparmor.d/gloss'")
    })
  })
})
