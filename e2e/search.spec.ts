/**
 * Searching the library, as a reader does: `/` to the search box, a word of an article's text
 * finds the article, a word of a highlight's quote (typed as a prefix, without its accents)
 * finds the highlight, and Enter on it opens the article at that passage, focused. Runs on
 * the web host, and on Electron where its binary exists.
 */
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { LibraryPage } from './pages/library-page'
import { pickFiles } from './support/file-dialogs'
import { leavingRequests } from './support/requests'

const HARBOUR = join(__dirname, '..', 'fixtures', 'adding', 'harbour.mhtml')

test('finds an article by its text and a highlight by its quote, and opens the passage', async ({
  gloss,
}) => {
  const page = gloss.page
  await pickFiles(gloss, [HARBOUR], () =>
    page.getByRole('button', { name: 'Add articles' }).first().click(),
  )
  await expect(page.locator('article h1')).toHaveText('The harbour at dawn')
  const text = await page.locator('article').evaluate((element) => {
    const blocks = [
      ...(
        element as unknown as {
          querySelectorAll(s: string): Iterable<{ textContent: string | null }>
        }
      ).querySelectorAll('[data-block]'),
    ]
    return blocks.map((block) => block.textContent ?? '').join('\n\n')
  })
  const quote = 'restaurant cooks'
  const start = text.indexOf(quote)
  const highlights = new HighlightsPage(page)
  await highlights.drag({ start, end: start + quote.length })
  await page.keyboard.press('h')
  await expect
    .poll(async () => (await highlights.painted()).map((range) => range.text))
    .toEqual([quote])
  const articleAddress = page.url()

  const library = new LibraryPage(page)
  await page.getByRole('button', { name: 'Library' }).click()
  await expect(library.heading).toHaveText('Library')
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: 'Search your library' })
  await expect(box).toBeFocused()

  await box.fill('gulls quay')
  const results = page.getByRole('listbox', { name: 'Search results' })
  await expect(results.getByRole('option').first()).toContainText('The harbour at dawn')
  await expect(results.locator('mark').first()).toBeVisible()

  await box.fill('RESTAU')
  // A highlight's result shows its quote as a block quote; the article's shows a snippet.
  const highlight = results.getByRole('option').filter({ has: page.locator('blockquote') })
  await expect(highlight).toHaveCount(1)
  await expect(highlight).toContainText(quote)
  await highlight.click()
  await expect(page).toHaveURL(/\/highlight\//)
  expect(page.url().startsWith(articleAddress)).toBe(true)
  await expect.poll(async () => (await highlights.focused())?.text).toBe(quote)
  expect(leavingRequests(gloss.requests, page.url())).toEqual([])
  expect(gloss.errors).toEqual([])
})
