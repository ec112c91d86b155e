/**
 * Renders the app icon (`npm run make:icon`, from the repository root): `build/icon.svg`, the
 * drawing kept in the repository, to `build/icon.png` at 1024×1024, from which electron-builder
 * makes every other size and format (the Linux icon set, the macOS .icns, the Windows .ico).
 *
 * It renders through Chromium (Playwright, Debian's `/usr/bin/chromium` or `CHROMIUM_PATH`) so
 * no image library is needed and the PNG is exactly what a browser draws from the SVG. Run it
 * again after changing the SVG, and commit both.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const SIZE = 1024

async function main(): Promise<void> {
  const buildDir = join(process.cwd(), 'build')
  const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } })
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`,
    )
    const png = await page.locator('svg').screenshot({ omitBackground: true })
    await writeFile(join(buildDir, 'icon.png'), png)
    console.log(`wrote build/icon.png (${SIZE}×${SIZE})`)
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
