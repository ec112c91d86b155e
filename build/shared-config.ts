/**
 * What the Electron renderer build and the web build share: the Vue plugin, the CSP meta tag,
 * the `@shared` / `@renderer` aliases and asset rules. They differ only in the `@host` alias
 * (which `ReaderHost` the renderer talks to) and where the output goes.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { UserConfig } from 'vite'
import { cspMetaPlugin } from './csp-meta-plugin'
import { renderBlockingEntryPlugin } from './render-blocking-entry-plugin'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const RENDERER_ROOT = resolve(ROOT, 'src/renderer')

export const sharedAliases = {
  '@shared': resolve(ROOT, 'src/shared'),
  '@renderer': resolve(ROOT, 'src/renderer/src'),
}

/** @param hostModule - file implementing `ReaderHost` for this build, relative to host/ */
export function rendererConfig(hostModule: string): UserConfig {
  return {
    root: RENDERER_ROOT,
    plugins: [vue(), cspMetaPlugin(), renderBlockingEntryPlugin()],
    resolve: {
      alias: {
        ...sharedAliases,
        '@host': resolve(RENDERER_ROOT, 'src/host', hostModule),
      },
    },
    build: {
      // Fonts and images stay files: the CSP allows fonts from 'self' only, not data: URLs.
      assetsInlineLimit: 0,
      target: 'chrome130',
      // electron-vite leaves the renderer unminified by default; the reader should load as
      // lean from gloss:// as from the web build.
      minify: true,
    },
  }
}
