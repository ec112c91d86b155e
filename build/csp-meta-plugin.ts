/**
 * Vite plugin: writes the app's Content Security Policy into index.html as a `<meta>` tag at
 * build time, from the same constant the gloss:// protocol handler sends as a header. Build only:
 * the dev server injects inline styles for hot reload, which the policy rightly forbids.
 */
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp'

export function cspMetaPlugin(): Plugin {
  return {
    name: 'gloss-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
