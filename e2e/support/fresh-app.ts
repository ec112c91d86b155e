/**
 * A second Gloss with its own fresh profile, on the same host as the test's `gloss`, for
 * journeys that carry data from one profile to another (export here, import there). The
 * fixture depends on `gloss`, so where that one is skipped (no Electron binary) so is this.
 */
import { join } from 'node:path'
import { test as base } from '../fixtures'
import type { GlossApp } from './app'
import { findElectronBinary } from './browsers'
import { launchElectronApp } from './electron-app'
import { launchWebApp } from './web-app'

const ROOT = join(__dirname, '..', '..')

export const test = base.extend<{ launchFreshApp: () => Promise<GlossApp> }>({
  launchFreshApp: async ({ gloss, appKind, baseURL }, use) => {
    const launched: GlossApp[] = []
    await use(async () => {
      let app: GlossApp
      if (gloss.kind === 'electron' || appKind === 'electron') {
        const binary = findElectronBinary(ROOT)
        if ('missing' in binary) throw new Error(binary.missing)
        app = await launchElectronApp(binary.path, ROOT)
      } else {
        app = await launchWebApp(baseURL ?? 'http://127.0.0.1:4173/')
      }
      launched.push(app)
      return app
    })
    for (const app of launched) await app.close()
  },
})

export { expect } from '../fixtures'
