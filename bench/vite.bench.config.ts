/**
 * Builds the bench pages (`bench/pages/`) into `out/bench/`, served under `/bench/` next to the
 * web build. They import the real renderer code through the same `@renderer` and `@shared`
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
  },
})
