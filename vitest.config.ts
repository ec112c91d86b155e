/**
 * Vitest: unit tests live beside the code (`*.test.ts`). Node code (main, preload, shared,
 * build, bench, scripts, e2e helpers) runs in Node; renderer code in happy-dom, with fake-indexeddb handed to Dexie
 * per test.
 */
import vue from '@vitejs/plugin-vue'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { sharedAliases, RENDERER_ROOT } from './build/shared-config'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { ...sharedAliases, '@host': resolve(RENDERER_ROOT, 'src/host/web-host.ts') },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/{main,preload,shared}/**/*.test.ts',
            '{build,bench,scripts,e2e}/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['src/renderer/**/*.test.ts'],
        },
      },
    ],
  },
})
