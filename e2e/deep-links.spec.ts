/**
 * Deep links, as a reader uses them: a highlight's `Copy link` (reached from the keyboard)
 * puts a gloss:// link on the clipboard; after a restart, opening that link (a second launch
 * in the desktop app, the address it names on the web) lands on the article with the
 * highlight focused and in view; a link to a highlight or an article that no longer exists
 * says so. Runs on the web host, and on Electron where its binary exists.
 */
import { join } from 'node:path'
import { readBundledArticle } from '../src/main/article/bundled-article'
import type { Article } from '../src/shared/article'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ReaderPage } from './pages/reader-page'
import { allowClipboard, clipboardText, openLink, targetOf } from './support/deep-links'
import { leavingRequests } from './support/requests'

let seed: Article
test.beforeAll(async () => {
  const result = await readBundledArticle(join(__dirname, '..', 'resources', 'articles'))
  if (!result.ok) throw new Error(result.error.message)
  seed = result.value
})

const LINK = /^gloss:\/\/open\/article\/seed-[0-9a-f]{16}\/highlight\/[0-9a-f-]{36}$/
const GONE = '99999999-9999-4999-8999-999999999999'

function span(passage: string): { start: number; end: number } {
  const start = seed.text.indexOf(passage)
  return { start, end: start + passage.length }
}

/** Whether the focused highlight's passage is inside the window. */
function focusInView(): boolean {
  const page = globalThis as unknown as {
    CSS: {
      highlights: Map<string, Set<{ getBoundingClientRect(): { top: number; bottom: number } }>>
    }
    innerHeight: number
  }
  const [range] = page.CSS.highlights.get('gloss-focus') ?? []
  const box = range?.getBoundingClientRect()
  return !!box && box.top >= 0 && box.bottom <= page.innerHeight
}

test.describe('deep links', () => {
  test('Copy link copies a gloss:// link that, after a restart, opens the highlight focused', async ({
    gloss,
  }) => {
    await allowClipboard(gloss)
    const highlights = new HighlightsPage(gloss.page)
    const tartous = span('Tartous')
    await highlights.drag(tartous)
    await gloss.page.keyboard.press('h')
    await expect.poll(async () => (await highlights.painted()).length).toBe(1)
    await highlights.click(tartous)
    await expect(highlights.popover).toBeVisible()
    await new ReaderPage(gloss.page).screenshot('highlight-popover-copy-link', false)

    // From the keyboard: Tab from Copy reaches Copy link, and Enter copies.
    const copyLink = highlights.popover.getByRole('button', { name: 'Copy link', exact: true })
    await highlights.popover.getByRole('button', { name: 'Copy', exact: true }).focus()
    await gloss.page.keyboard.press('Tab')
    await expect(copyLink).toBeFocused()
    await gloss.page.keyboard.press('Enter')
    await expect(highlights.notice).toHaveText('Link copied')
    const link = await clipboardText(gloss)
    expect(link).toMatch(LINK)
    expect(targetOf(link).articleId).toBe(seed.id)

    const page = await gloss.restart()
    const again = new HighlightsPage(page)
    await expect.poll(async () => (await again.painted()).length).toBe(1)
    expect(await again.focused()).toBeUndefined()
    // Far from the passage, so landing on it is the link's doing.
    await page.evaluate(() => {
      const view = globalThis as unknown as {
        scrollTo(x: number, y: number): void
        document: { body: { scrollHeight: number } }
      }
      view.scrollTo(0, view.document.body.scrollHeight)
    })
    expect(await page.evaluate(focusInView)).toBe(false)

    await openLink(gloss, link)
    await expect.poll(async () => (await again.focused())?.text).toBe('Tartous')
    expect((await again.focused())?.start).toBe(tartous.start)
    await expect.poll(() => page.evaluate(focusInView)).toBe(true)
    await expect(page.locator('.app-notice')).toHaveCount(0)
    expect(leavingRequests(gloss.requests, page.url())).toEqual([])
    expect(gloss.errors).toEqual([])
  })

  test('a link to a highlight or an article that no longer exists says so', async ({ gloss }) => {
    const reader = new ReaderPage(gloss.page)
    await openLink(gloss, `gloss://open/article/${seed.id}/highlight/${GONE}`)
    const notice = gloss.page.locator('.app-notice')
    await expect(notice).toHaveText('This highlight no longer exists: it may have been deleted.')
    await expect(gloss.page.locator('article h1')).toHaveText(seed.title)
    await reader.screenshot('deep-link-highlight-gone', false)

    await openLink(gloss, `gloss://open/article/${GONE}/highlight/${GONE}`)
    const missing = gloss.page.getByRole('alert')
    await expect(missing.getByRole('heading')).toHaveText('This highlight no longer exists')
    await expect(missing).toContainText('not in your library')
    await expect(gloss.page.locator('article')).toHaveCount(0)
    await reader.screenshot('deep-link-article-gone', false)
    await missing.getByRole('button', { name: 'Go to the library' }).click()
    await expect(gloss.page.locator('h1.library-title')).toBeVisible()
    expect(gloss.errors).toEqual([])
  })
})
