/**
 * Vite plugin: marks the built entry script `blocking="render"`, so the browser paints no frame
 * before it has run. Its first import paints the reader's saved theme (src/renderer/src/settings/
 * first-paint.ts); without this, a frame in the wrong theme could flash while it loads. Vite drops
 * the attribute from index.html when it re-emits the entry, hence a post-build rewrite.
 */
import type { Plugin } from 'vite'

export function renderBlockingEntryPlugin(): Plugin {
  return {
    name: 'gloss-render-blocking-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module"(?![^>]*\bblocking=)/, '$& blocking="render"'),
    },
  }
}
