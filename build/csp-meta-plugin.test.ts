import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HtmlTagDescriptor, ResolvedConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../src/shared/csp'
import { cspMetaPlugin } from './csp-meta-plugin'

/** The policy the plugin writes for a `vite build` or a `vite` dev server. */
function metaFor(command: 'build' | 'serve'): string {
  const plugin = cspMetaPlugin() as unknown as {
    configResolved: (config: ResolvedConfig) => void
    transformIndexHtml: { handler: () => HtmlTagDescriptor[] }
  }
  plugin.configResolved({ command } as ResolvedConfig)
  const [tag] = plugin.transformIndexHtml.handler()
  return String(tag.attrs?.content)
}

const BUILT = [
  join(__dirname, '..', 'out', 'renderer', 'index.html'),
  join(__dirname, '..', 'out', 'web', 'index.html'),
]

describe('the CSP meta tag', () => {
  it('is the real policy in a build, and relaxed (inline styles) only on the dev server', () => {
    expect(metaFor('build')).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
    expect(metaFor('build')).not.toContain('unsafe-inline')
    expect(metaFor('serve')).toBe(
      DEV_CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''),
    )
    expect(metaFor('serve')).toContain("style-src 'self' 'unsafe-inline'")
    // Nothing else is relaxed: the same sources for scripts, connections and everything else.
    expect(metaFor('serve').replace(" 'unsafe-inline'", '')).toBe(metaFor('build'))
  })

  it.each(BUILT.filter((path) => existsSync(path)))(
    'carries nothing of development in the built %s',
    (path) => {
      const html = readFileSync(path, 'utf8')
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
      expect(policy?.replaceAll('&#39;', "'")).toBe(metaFor('build'))
      expect(html).not.toContain('@vite/client')
      expect(html).not.toMatch(/localhost|ws:/)
    },
  )
})
