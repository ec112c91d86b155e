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
  fileAssociations: FileAssociation[]
  protocols?: unknown
  linux: { mimeTypes: string[]; protocols?: unknown; executableName: string }
  mac: { protocols: { schemes: string[] }[] }
  appImage: { executableArgs: string[] }
  deb: { afterInstall: string }
  extraResources: { from: string; to: string }[]
}

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

  it('offers to open HTML, MHTML, Markdown and text files, without becoming their default', () => {
    const extensions = config.fileAssociations.flatMap((association) => association.ext)
    expect(extensions.sort()).toEqual(['htm', 'html', 'md', 'mht', 'mhtml', 'txt'])
    for (const association of config.fileAssociations) {
      expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' })
      // A mimeType here would install a MIME package redefining the system's own types.
      expect(association.mimeType).toBeUndefined()
    }
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
