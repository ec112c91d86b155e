/**
 * electron-vite build of the desktop app: main and preload (CommonJS, since the sandboxed
 * preload cannot load ES modules), and the renderer talking to the preload's host.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig, sharedAliases, RENDERER_ROOT, ROOT } from './build/shared-config'

const renderer = rendererConfig('electron-host.ts')

export default defineConfig({
  main: {
    resolve: { alias: sharedAliases },
    build: { rollupOptions: { input: { index: resolve(ROOT, 'src/main/index.ts') } } },
  },
  preload: {
    resolve: { alias: sharedAliases },
    build: {
      // A sandboxed preload may require only a few Electron modules: bundle everything else.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(ROOT, 'src/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    ...renderer,
    build: {
      ...renderer.build,
      rollupOptions: { input: resolve(RENDERER_ROOT, 'index.html') },
    },
  },
})
