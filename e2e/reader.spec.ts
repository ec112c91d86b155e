/**
 * The reading view, as a reader meets it: the whole bundled article on screen, its photos, the
 * reading settings surviving a restart, the place in the article kept, the keyboard, and
 * screenshots of every theme to look at. Runs on the web host, and on Electron where its binary
 * exists (skipped with the reason otherwise, by the `gloss` fixture).
 */
import { join } from 'node:path'
import { readBundledArticle } from '../src/main/article/bundled-article'
import { countWords, readingMinutes, type Article } from '../src/shared/article'
import { expect, test } from './fixtures'
import { leavingRequests } from './support/requests'
import { ReaderPage, type ThemeName } from './pages/reader-page'

let seed: Article
test.beforeAll(async () => {
  const result = await readBundledArticle(join(__dirname, '..', 'resources', 'articles'))
  if (!result.ok) throw new Error(result.error.message)
  seed = result.value
})

test.describe('reading view', () => {
  test('shows every block of the bundled article exactly as parsed, in one <article>', async ({
    gloss,
  }) => {
    const reader = new ReaderPage(gloss.page)
    await expect(reader.article).toHaveCount(1)
    expect(await reader.blockTexts()).toEqual(seed.blocks.map(({ id, text }) => ({ id, text })))
    const headline = reader.article.locator('h1')
    await expect(headline).toHaveText(seed.title)
    const words = countWords(seed.text)
    const meta = gloss.page.getByText(`${words} words · ${readingMinutes(words)} min read`)
    await expect(meta).toBeVisible()
    await expect(reader.article.filter({ has: meta })).toHaveCount(0)
    // It lines up with the text column, above the headline.
    const [metaBox, headlineBox] = [await meta.boundingBox(), await headline.boundingBox()]
    expect(Math.abs(metaBox!.x - headlineBox!.x)).toBeLessThan(1)
    expect(metaBox!.y).toBeLessThan(headlineBox!.y)
  })

  test('loads both photos, each with alternative text', async ({ gloss }) => {
    const reader = new ReaderPage(gloss.page)
    await expect(reader.photos).toHaveCount(2)
    for (const photo of await reader.photos.all()) {
      await photo.scrollIntoViewIfNeeded()
      await expect.poll(() => reader.naturalWidth(photo)).toBeGreaterThan(0)
      expect((await photo.getAttribute('alt'))?.length).toBeGreaterThan(0)
    }
  })

  test('reads the article without a request leaving the app or a console error', async ({
    gloss,
  }) => {
    const reader = new ReaderPage(gloss.page)
    await reader.scrollToBlock(seed.blocks.at(-1)!.id, 0)
    await reader.chooseTheme('Sepia')
    await reader.chooseFontSize(21)
    await reader.closeSettings()
    await reader.fontsLoaded()
    if (gloss.kind === 'web') expect(new URL(gloss.page.url()).hostname).toBe('127.0.0.1')
    expect(leavingRequests(gloss.requests, gloss.page.url())).toEqual([])
    expect(gloss.errors).toEqual([])
  })

  test('keeps the chosen theme and font size after a restart', async ({ gloss }) => {
    let reader = new ReaderPage(gloss.page)
    await reader.chooseTheme('Dark')
    await reader.chooseFontSize(23)
    await reader.closeSettings()
    expect(await reader.paintedTheme()).toBe('dark')
    expect(await reader.bodyFontSize()).toBe(23)

    reader = new ReaderPage(await gloss.restart())
    expect(await reader.paintedTheme()).toBe('dark')
    expect(await reader.bodyFontSize()).toBe(23)
    await reader.openSettings()
    await expect(reader.themeOption('Dark')).toBeChecked()
    await expect(reader.fontSize).toHaveValue('23')
  })

  test('paints a saved theme from the very first frame, before the database answers', async ({
    gloss,
  }) => {
    const reader = new ReaderPage(gloss.page)
    await reader.chooseTheme('Dark')
    await reader.closeSettings()
    const next = new ReaderPage(await gloss.restart())
    // The start after the restart has read the choice and mirrored it for the next first paint
    // (Chromium writes localStorage to disk lazily: a browser closed right after the choice may
    // not have kept the mirror, and this start puts it back).
    await expect(next.page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await next.recordFirstFrameTheme()
    await next.page.reload()
    await expect(next.article.locator('h1')).toBeVisible()
    expect(await next.firstFrameTheme()).toBe('dark')
  })

  test('System follows the system colour scheme as it changes', async ({ gloss }) => {
    const reader = new ReaderPage(gloss.page)
    await gloss.page.emulateMedia({ colorScheme: 'light' })
    await reader.chooseTheme('System')
    await expect.poll(() => reader.paintedTheme()).toBe('light')
    await gloss.page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => reader.paintedTheme()).toBe('dark')
    await gloss.page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => reader.paintedTheme()).toBe('light')
  })

  test('takes the reader back to their place after a restart', async ({ gloss }) => {
    let reader = new ReaderPage(gloss.page)
    await reader.scrollToBlock('b14', 37)
    const left = await reader.placeOnScreen()
    expect(left.blockId).toBe('b14')
    await expect.poll(async () => (await reader.savedPosition())?.blockId).toBe('b14')

    reader = new ReaderPage(await gloss.restart())
    // Polled as one: the place settles as fonts and photos arrive after the block is reached.
    await expect
      .poll(async () => {
        const place = await reader.placeOnScreen()
        const within = Math.abs(place.pixelsAbove - left.pixelsAbove) < 2
        return `${place.blockId}, ${within ? 'within' : 'beyond'} 2 px of where the reader was`
      })
      .toBe('b14, within 2 px of where the reader was')
  })

  test.describe('at another width', () => {
    // Known flaky under load: after the window narrows and the page reloads, the reader lands
    // two paragraphs on (b16) in about 1 run in 4 with two workers, and once in CI. Retried
    // until its cause is found (the closing note of stop 14 says what is known).
    test.describe.configure({ retries: 2 })

    test('the reader still lands on the same paragraph after the text reflows', async ({
      gloss,
    }) => {
      test.skip(
        gloss.kind !== 'web',
        'A desktop window is sized by main (window-placement.ts), not by page.setViewportSize: the reflow is checked in the web project.',
      )
      const reader = new ReaderPage(gloss.page)
      await reader.scrollToBlock('b14', 37)
      await expect.poll(async () => (await reader.savedPosition())?.blockId).toBe('b14')
      await reader.page.setViewportSize({ width: 700, height: 860 })
      await reader.page.reload()
      // Until the reloaded article is drawn there is no block on screen to name: keep polling.
      await expect(reader.article.locator('h1')).toBeVisible()
      await expect
        .poll(async () => (await reader.placeOnScreen().catch(() => null))?.blockId)
        .toBe('b14')
    })
  })

  test('shows how far through the article the reader is', async ({ gloss }) => {
    const reader = new ReaderPage(gloss.page)
    await expect(reader.progress).toHaveAttribute('aria-valuenow', '0')
    await reader.scrollToBlock('b13', 0)
    await expect.poll(() => reader.progressPercent()).toBeGreaterThan(20)
    expect(await reader.progressPercent()).toBeLessThan(100)
    await gloss.page.keyboard.press('End')
    await expect(reader.progress).toHaveAttribute('aria-valuenow', '100')
    await expect(gloss.page).toHaveTitle(`${seed.title} – Gloss`)
  })

  test('opens a photo large with Enter and closes it with Escape, focus back on the photo', async ({
    gloss,
  }) => {
    const reader = new ReaderPage(gloss.page)
    const photo = reader.photoButtons.first()
    await photo.focus()
    await gloss.page.keyboard.press('Enter')
    await expect(reader.lightbox).toBeVisible()
    const large = reader.lightbox.locator('img')
    await expect.poll(() => reader.naturalWidth(large)).toBeGreaterThan(0)
    await reader.screenshot('lightbox', false)
    await gloss.page.keyboard.press('Escape')
    await expect(reader.lightbox).toBeHidden()
    await expect(photo).toBeFocused()
  })

  test('works from the keyboard alone, with a visible focus ring', async ({ gloss }) => {
    const reader = new ReaderPage(gloss.page)
    const page = gloss.page
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused()
    // The toolbar, in order: Library, Add articles, Reading settings.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Library' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Add articles' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(reader.settingsButton).toBeFocused()
    const ring = await reader.focusRing(reader.settingsButton)
    expect(ring).toEqual({ visible: true, style: 'solid', width: 2 })

    await page.keyboard.press('Enter')
    await expect(reader.settingsPanel).toBeVisible()
    await expect(reader.themeOption('System')).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(reader.themeOption('Dark')).toBeChecked()
    expect(await reader.paintedTheme()).toBe('dark')
    await page.keyboard.press('Escape')
    await expect(reader.settingsPanel).toBeHidden()
    await expect(reader.settingsButton).toBeFocused()

    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab')
    await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(reader.article).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(reader.photoButtons.first()).toBeFocused()
  })

  test('fits a narrow window without sideways scrolling', async ({ gloss }) => {
    test.skip(
      gloss.kind !== 'web',
      'Desktop windows stop at 480 px wide (MIN_SIZE in src/main/window-placement.ts), so ' +
        'the 420 px layout is checked in the web project.',
    )
    const reader = new ReaderPage(gloss.page)
    await gloss.page.setViewportSize({ width: 420, height: 860 })
    await reader.fontsLoaded()
    const overflow = await reader.horizontalOverflow()
    expect(overflow).toBe(0)
    await reader.screenshot('reader-narrow-420')
    await reader.openSettings()
    const panel = await reader.settingsPanel.boundingBox()
    expect(panel!.x).toBeGreaterThanOrEqual(0)
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(420)
    await reader.screenshot('settings-narrow-420', false)
  })

  for (const theme of ['Light', 'Sepia', 'Dark'] satisfies ThemeName[]) {
    test(`screenshot: the ${theme.toLowerCase()} theme at 1280 px`, async ({ gloss }) => {
      const reader = new ReaderPage(gloss.page)
      await reader.chooseTheme(theme)
      await reader.closeSettings()
      await reader.fontsLoaded()
      await reader.screenshot(`reader-${theme.toLowerCase()}`)
      await reader.openSettings()
      await reader.screenshot(`settings-${theme.toLowerCase()}`, false)
    })
  }
})
