/**
 * Vite plugin: writes the app's Content Security Policy into index.html as a `<meta>` tag at
 * build time, from the same constant the gloss:// protocol handler sends as a header. Build only:
 * the dev server injects inline styles for hot reload, which the policy rightly forbids.
 */
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp'

/**
 * `frame-ancestors` works only as a header (the gloss:// handler sends it); in a meta tag the
 * browser ignores it and logs a console error on every load, so the tag leaves it out.
 */
const META_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

export function cspMetaPlugin(): Plugin {
  return {
    name: 'gloss-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
