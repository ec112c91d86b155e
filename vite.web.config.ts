/**
 * The web build: the same renderer on the in-page web host, as static files in `out/web/`
 * that any static server can serve from its root. The bundled article is parsed at build time;
 * its photos are copied from `resources/`.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { bundledArticlePlugin } from './build/bundled-article-plugin'
import { rendererConfig, ROOT } from './build/shared-config'

const base = rendererConfig('web-host.ts')
const port = Number(process.env.PORT ?? 4173)

export default defineConfig({
  ...base,
  base: './',
  plugins: [...(base.plugins ?? []), bundledArticlePlugin(resolve(ROOT, 'resources'))],
  publicDir: resolve(ROOT, 'resources'),
  build: { ...base.build, outDir: resolve(ROOT, 'out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
})
