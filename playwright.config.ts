/**
 * Playwright: two projects run the same journeys. `web` serves the built web renderer on
 * 127.0.0.1 and drives Debian's Chromium; `electron` launches the built desktop app, and reports
 * itself skipped, with the reason, where no Electron binary can be had.
 */
import { defineConfig } from '@playwright/test'
import type { GlossOptions } from './e2e/fixtures'

const port = Number(process.env.PORT ?? 4173)

export default defineConfig<GlossOptions>({
  testDir: 'e2e',
  // Journeys are *.spec.ts; e2e/support's *.test.ts are unit tests for Vitest.
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: { baseURL: `http://127.0.0.1:${port}/`, trace: 'retain-on-failure' },
  webServer: {
    command: 'npm run preview:web',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port) },
  },
  projects: [
    // electron-*.spec.ts check what only the desktop app has (webPreferences, main, IPC).
    { name: 'web', use: { appKind: 'web' }, testIgnore: /electron-[^/]*\.spec\.ts$/ },
    { name: 'electron', use: { appKind: 'electron' } },
  ],
})
