/**
 * The e2e test API: `test` gives every test a fresh `gloss` app on the project's host (web or
 * Electron), so one spec file runs the same journey on both. Where the Electron binary is
 * missing, Electron tests are skipped with the reason printed, never passed silently.
 */
import { test as base, expect } from '@playwright/test'
import { join } from 'node:path'
import type { AppKind, GlossApp } from './support/app'
import { findElectronBinary } from './support/browsers'
import { launchElectronApp } from './support/electron-app'
import { launchWebApp } from './support/web-app'

export interface GlossOptions {
  readonly appKind: AppKind
}

const ROOT = join(__dirname, '..')

export const test = base.extend<GlossOptions & { gloss: GlossApp }>({
  appKind: ['web', { option: true }],
  gloss: async ({ appKind, baseURL }, use, testInfo) => {
    let app: GlossApp
    if (appKind === 'electron') {
      const binary = findElectronBinary(ROOT)
      if ('missing' in binary) {
        console.warn(`[electron] skipped "${testInfo.title}": ${binary.missing}`)
        testInfo.skip(true, binary.missing)
        return
      }
      app = await launchElectronApp(binary.path, ROOT)
    } else {
      app = await launchWebApp(baseURL ?? 'http://127.0.0.1:4173/')
    }
    await use(app)
    await app.close()
  },
})

export { expect }
