/**
 * Builds the bench pages (`bench/pages/`) into `out/bench/`, served under `/bench/` next to the
 * web build: the lab page (`index.html`) and metric 6's baseline page (`rows.html`). They import the real renderer code through the same `@renderer` and `@shared`
 * aliases as the app, so a benchmark measures what ships.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { ROOT, sharedAliases } from '../build/shared-config'

export default defineConfig({
  root: resolve(ROOT, 'bench/pages'),
  base: './',
  logLevel: 'warn',
  resolve: { alias: sharedAliases },
  build: {
    outDir: resolve(ROOT, 'out/bench'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'chrome130',
    rollupOptions: {
      input: {
        lab: resolve(ROOT, 'bench/pages/index.html'),
        rows: resolve(ROOT, 'bench/pages/rows.html'),
      },
    },
  },
})
