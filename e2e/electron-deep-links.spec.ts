/**
 * Deep links as only the desktop app gets them, each path the OS has: on the command line of
 * the first launch (held until the page has loaded), macOS's `open-url`, and links that are
 * not ones Gloss makes, forwarded by a second launch: refused in a dialog, with no navigation.
 * Runs only in the `electron` project (the web has no OS to hand it links).
 */
import { join } from 'node:path'
import { readBundledArticle } from '../src/main/article/bundled-article'
import type { Article } from '../src/shared/article'
import { expect, test } from './fixtures'
import type { GlossApp } from './support/app'
import { findElectronBinary } from './support/browsers'
import { emitSecondInstance } from './support/deep-links'
import { launchElectronApp, type ElectronGlossApp } from './support/electron-app'

const ROOT = join(__dirname, '..')
const GONE = '99999999-9999-4999-8999-999999999999'
const NOTICE = 'This highlight no longer exists: it may have been deleted.'

let seed: Article
test.beforeAll(async () => {
  const result = await readBundledArticle(join(ROOT, 'resources', 'articles'))
  if (!result.ok) throw new Error(result.error.message)
  seed = result.value
})

function desktop(gloss: GlossApp): ElectronGlossApp {
  if (gloss.kind !== 'electron')
    throw new Error('electron-deep-links.spec.ts runs only on Electron.')
  return gloss as ElectronGlossApp
}

/** Answer main's message boxes from now on, keeping what each said. */
async function recordMessageBoxes(app: ElectronGlossApp): Promise<void> {
  await app.electron.evaluate(({ dialog }) => {
    const main = globalThis as { glossMessages?: unknown[] }
    main.glossMessages = []
    dialog.showMessageBox = (async (...args: unknown[]) => {
      main.glossMessages!.push(args.at(-1))
      return { response: 0, checkboxChecked: false }
    }) as typeof dialog.showMessageBox
  })
}

async function recordedMessages(app: ElectronGlossApp): Promise<string[]> {
  return app.electron.evaluate(() =>
    ((globalThis as { glossMessages?: { message: string }[] }).glossMessages ?? []).map(
      (box) => box.message,
    ),
  )
}

test.describe('deep links from the OS', () => {
  test('a link on the first launch’s command line is delivered once the page is up', async () => {
    const binary = findElectronBinary(ROOT)
    if ('missing' in binary) {
      console.warn(`[electron] skipped "${test.info().title}": ${binary.missing}`)
      test.skip(true, binary.missing)
      return
    }
    const link = `gloss://open/article/${seed.id}/highlight/${GONE}`
    const app = await launchElectronApp(binary.path, ROOT, [link])
    try {
      await expect(app.page.locator('.app-notice')).toHaveText(NOTICE)
      expect(app.page.url()).toMatch(new RegExp(`#/article/${seed.id}/highlight/${GONE}$`))
    } finally {
      await app.close()
    }
  })

  test('macOS open-url goes to the same place', async ({ gloss }) => {
    const app = desktop(gloss)
    await app.electron.evaluate(({ app: main }, link) => {
      main.emit('open-url', { preventDefault() {} }, link)
    }, `gloss://open/article/${seed.id}/highlight/${GONE}`)
    await expect(gloss.page.locator('.app-notice')).toHaveText(NOTICE)
  })

  test('a link that is not one Gloss makes is refused in a dialog and goes nowhere', async ({
    gloss,
  }) => {
    const app = desktop(gloss)
    await recordMessageBoxes(app)
    const before = gloss.page.url()
    await emitSecondInstance(app, ['gloss://app/index.html#/library'])
    await emitSecondInstance(app, [`gloss://open/article/${seed.id}/../../app/index.html`])
    await expect
      .poll(() => recordedMessages(app))
      .toEqual([
        'Gloss cannot open this link: it does not start with gloss://open/.',
        'Gloss cannot open this link: it is not written the way Gloss writes links.',
      ])
    expect(gloss.page.url()).toBe(before)
    await expect(gloss.page.locator('article h1')).toHaveText(seed.title)
  })
})
