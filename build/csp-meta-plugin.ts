/**
 * Vite plugin: writes the app's Content Security Policy into index.html as a `<meta>` tag, from
 * the same constant the gloss:// protocol handler sends as a header. The dev server's page gets
 * the development policy instead (src/shared/csp.ts): Vite injects inline styles to hot-reload
 * them, which the real policy rightly forbids; a build never carries it.
 */
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../src/shared/csp'

/**
 * `frame-ancestors` works only as a header (the gloss:// handler sends it); in a meta tag the
 * browser ignores it and logs a console error on every load, so the tag leaves it out.
 */
function metaPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ')
}

export function cspMetaPlugin(): Plugin {
  let serving = false
  return {
    name: 'gloss-csp-meta',
    configResolved: (config) => {
      serving = config.command === 'serve'
    },
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: metaPolicy(serving ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
