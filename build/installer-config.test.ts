/**
 * What electron-builder.yml promises, read as electron-builder reads it: the fuses (the
 * Fuses item of docs/security.md), what the installers register with the system (files Gloss opens,
 * gloss:// links), and the Linux sandbox set-up. The packaged result of the same file is
 * checked in src/main/built-main.test.ts; this is the part that needs no build.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..')

interface FileAssociation {
  ext: string | string[]
  role?: string
  rank?: string
  mimeType?: string
}

interface BuilderConfig {
  electronFuses: Record<string, boolean>
  fileAssociations?: unknown
  protocols?: unknown
  linux: { mimeTypes: string[]; protocols?: unknown; executableName: string }
  mac: { fileAssociations: FileAssociation[]; protocols: { schemes: string[] }[] }
  nsis: { include: string }
  appImage: { executableArgs: string[] }
  deb: { afterInstall: string }
  extraResources: { from: string; to: string }[]
}

/** The extensions Gloss offers to open, sorted. */
const OPENED = ['htm', 'html', 'md', 'mht', 'mhtml', 'txt']

const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig

/** Every source file shipped in the app: main, preload, shared, renderer, not their tests. */
function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : shippedSources(path)
    return /\.(ts|vue)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : []
  })
}

describe('electron-builder.yml', () => {
  it('flips every fuse the security checklist names, each the safe way', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('ships no code that RunAsNode off would break (child_process.fork, ELECTRON_RUN_AS_NODE)', () => {
    const sources = shippedSources(join(ROOT, 'src'))
    expect(sources).toContain(join(ROOT, 'src', 'main', 'index.ts'))
    const offending = sources.filter((path) =>
      /ELECTRON_RUN_AS_NODE|child_process|\bfork\s*\(/.test(readFileSync(path, 'utf8')),
    )
    expect(offending.map((path) => relative(ROOT, path))).toEqual([])
  })

  it('offers to open HTML, MHTML, Markdown and text files on macOS, without becoming their default', () => {
    const extensions = config.mac.fileAssociations.flatMap((association) => association.ext)
    expect(extensions.sort()).toEqual(OPENED)
    for (const association of config.mac.fileAssociations) {
      expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' })
      // A mimeType here would install a MIME package redefining the system's own types.
      expect(association.mimeType).toBeUndefined()
    }
    // Top-level associations would reach NSIS, whose macro takes over each default program.
    expect(config.fileAssociations).toBeUndefined()
  })

  it('on Windows, joins the Open with list of the same files and registers gloss://, and undoes both', () => {
    expect(config.nsis.include).toBe('build/installer.nsh')
    const script = readFileSync(join(ROOT, config.nsis.include), 'utf8')
    const macro = (name: string) =>
      script.match(new RegExp(`^!macro ${name}\\b.*$([\\s\\S]*?)^!macroend$`, 'm'))![1]
    const extensionsIn = (body: string, inserted: string) =>
      [...body.matchAll(new RegExp(`!insertmacro ${inserted} "(\\w+)"`, 'g'))]
        .map(([, ext]) => ext)
        .sort()
    expect(extensionsIn(macro('customInstall'), 'glossOpenWith')).toEqual(OPENED)
    expect(extensionsIn(macro('customUnInstall'), 'glossForgetOpenWith')).toEqual(OPENED)
    expect(macro('glossOpenWith')).toMatch(/OpenWithProgids" "Gloss\.Document"/)
    // Never the extension's default value, which is the user's default program.
    expect(script).not.toMatch(/Classes\\\.\$\{EXT\}" ""/)
    expect(macro('customInstall')).toContain('"Software\\Classes\\gloss" "URL Protocol" ""')
    expect(macro('customInstall')).toContain(
      `"Software\\Classes\\gloss\\shell\\open\\command" "" '"$appExe" "%1"'`,
    )
    expect(macro('customUnInstall')).toContain(
      'DeleteRegKey SHELL_CONTEXT "Software\\Classes\\gloss"',
    )
  })

  it('names the system MIME types of those files, and gloss:// links, for the Linux desktop file', () => {
    expect(config.linux.mimeTypes).toEqual([
      'text/html',
      'application/x-mimearchive',
      'text/markdown',
      'text/plain',
      'x-scheme-handler/gloss',
    ])
    // `protocols` where Linux sees them would be appended to that list again per target.
    expect(config.protocols).toBeUndefined()
    expect(config.linux.protocols).toBeUndefined()
    expect(config.mac.protocols.flatMap((protocol) => protocol.schemes)).toEqual(['gloss'])
  })

  it('keeps the sandbox: no --no-sandbox for the AppImage, the deb sets its helper up', () => {
    expect(config.appImage.executableArgs).toEqual([])
    expect(config.deb.afterInstall).toBe('build/deb-after-install.sh')
  })

  it('copies the icon the Linux window shows into the resources folder', () => {
    expect(config.extraResources).toContainEqual({ from: 'build/icon.png', to: 'icon.png' })
  })
})
