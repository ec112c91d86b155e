/**
 * An article changes: a page the library has is added again, edited (one highlighted quote
 * reworded, one moved to another paragraph, one untouched); Update replaces its text, says
 * what became of the highlights, paints them where they now are, and the Versions menu opens
 * the old text read-only with the highlights as they were, and its export names it. Screenshots of the update notice
 * and of a version, in light and dark, go to test-results/screenshots.
 */
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { passagePoints } from './pages/article-text'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ReaderPage } from './pages/reader-page'
import { pickFiles } from './support/file-dialogs'
import { leavingRequests } from './support/requests'

const KEPT = 'The tide tables are posted at the harbour master’s office every Monday.'
const CHANGED = 'The council voted to rebuild the old stone bridge before the winter storms.'
const REWORDED = 'The council voted to rebuild the old stone bridge before the spring storms.'
const MOVED = 'Nobody remembers a quieter summer on the quay than this one.'

/** A saved page with its canonical address, its paragraphs in order. */
function page(paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>The harbour bridge</title>
<link rel="canonical" href="https://coast.example/news/harbour-bridge">
</head><body><article><h1>The harbour bridge</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
</article></body></html>`
}

const FILLER = [
  'Fishing boats leave before dawn and come back with the catch by eight, when the market opens.',
  'Visitors often ask where the ferry goes; it crosses to the island twice a day in fair weather.',
  'A new café opened beside the lifeboat station, serving soup to the crews after their drills.',
]
const OLD = [
  `${FILLER[0]} ${KEPT} Nets are mended on the slipway.`,
  `Town hall news first. ${CHANGED} Work starts after the fair.`,
  `${FILLER[1]} ${MOVED} The gulls agree with everyone.`,
  FILLER[2],
]
const NEW = [
  `${FILLER[0]} ${KEPT} Nets are mended on the slipway.`,
  `Town hall news first. ${REWORDED} Work starts after the fair.`,
  `${FILLER[1]} The gulls agree with everyone.`,
  `${FILLER[2]} Late in the evening, as the lamps came on: ${MOVED}`,
]

const addButton = (p: Page) => p.getByRole('button', { name: 'Add articles' }).first()

/** `[start, end)` of a passage in the rendered article's canonical text. */
async function spanOf(p: Page, passage: string): Promise<{ start: number; end: number }> {
  const text = await p.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): unknown } })
      .document
    const blocks = [...(doc.querySelectorAll('article [data-block]') as Iterable<unknown>)]
    return blocks.map((block) => (block as { textContent: string }).textContent).join('\n\n')
  })
  const start = text.indexOf(passage)
  expect(start, `“${passage}” is in the article`).toBeGreaterThanOrEqual(0)
  return { start, end: start + passage.length }
}

async function paintedTexts(highlights: HighlightsPage): Promise<string[]> {
  return (await highlights.painted()).map((range) => range.text)
}

test('updating a changed page moves its highlights and keeps the old text as a version', async ({
  gloss,
}) => {
  const folder = tmpdir()
  const before = join(folder, 'harbour-bridge.html')
  const after = join(folder, 'harbour-bridge-edited.html')
  await writeFile(before, page(OLD))
  await writeFile(after, page(NEW))
  const reader = new ReaderPage(gloss.page)
  const highlights = new HighlightsPage(gloss.page)

  await pickFiles(gloss, [before], () => addButton(gloss.page).click())
  await expect(gloss.page.locator('article h1')).toHaveText('The harbour bridge')
  const address = gloss.page.url()
  for (const passage of [KEPT, CHANGED, MOVED]) {
    await highlights.drag(await spanOf(gloss.page, passage))
    await gloss.page.keyboard.press('h')
  }
  await expect.poll(() => paintedTexts(highlights)).toEqual([KEPT, CHANGED, MOVED])
  // No version yet: no Versions menu.
  await expect(gloss.page.getByRole('button', { name: 'Versions' })).toHaveCount(0)

  await pickFiles(gloss, [after], () => addButton(gloss.page).click())
  const notice = gloss.page.getByRole('status').filter({ hasText: 'with other text' })
  await expect(notice).toContainText(
    'is already in your library as “The harbour bridge” (same address), with other text.',
  )
  await reader.screenshot('article-update-offer', false)
  // Keyboard: Tab reaches Update.
  const update = notice.getByRole('button', { name: 'Update' })
  await update.focus()
  await gloss.page.keyboard.press('Enter')
  const done = gloss.page.getByRole('status').filter({ hasText: 'was updated' })
  await expect(done).toContainText(
    'harbour-bridge-edited.html was updated: 1 highlight kept, 2 moved.',
  )
  await expect(done.getByRole('button', { name: 'Open it' })).toBeFocused()
  await reader.screenshot('article-update-done', false)
  expect(gloss.page.url()).toBe(address)

  // The article on screen is the new text, its highlights painted where they now are.
  await expect(gloss.page.locator('article')).toContainText('before the spring storms')
  await expect
    .poll(async () => (await highlights.painted()).map(({ start, text }) => ({ start, text })))
    .toEqual([
      { start: (await spanOf(gloss.page, KEPT)).start, text: KEPT },
      // Found approximately, as anchoring finds a reworded quote.
      { start: (await spanOf(gloss.page, 'The council voted')).start, text: expect.any(String) },
      { start: (await spanOf(gloss.page, MOVED)).start, text: MOVED },
    ])
  const reworded = (await highlights.painted())[1].text
  expect(reworded).toMatch(/^The council voted to rebuild the old stone bridge before the spring/)
  await done.getByRole('button', { name: 'Close' }).click()

  // Versions: the old text, read-only, with its highlights as they were.
  const versions = gloss.page.getByRole('button', { name: 'Versions' })
  await versions.focus()
  await gloss.page.keyboard.press('Enter')
  const menu = gloss.page.getByRole('menu', { name: 'Versions' })
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Current text',
    /^Version of \d+ \w+ \d{4}$/,
  ])
  await expect(menu.getByRole('menuitem', { name: 'Current text' })).toBeFocused()
  await reader.screenshot('article-versions-menu', false)
  await gloss.page.keyboard.press('ArrowDown')
  const label = (await menu.getByRole('menuitem').nth(1).textContent())!.trim()
  await gloss.page.keyboard.press('Enter')
  await expect(gloss.page).toHaveURL(/#\/article\/[0-9a-f-]{36}\/version\/[0-9a-f-]{36}$/)
  await expect(gloss.page.getByText(`${label}, read-only`)).toBeVisible()
  await expect(gloss.page.locator('article')).toContainText('before the winter storms')
  await expect(gloss.page.locator('article')).toHaveAttribute('data-highlights-painted', '3')
  await expect.poll(() => paintedTexts(highlights)).toEqual([KEPT, CHANGED, MOVED])
  // Read-only: a selection offers no highlighting.
  const { from, to } = await gloss.page.evaluate(passagePoints, await spanOf(gloss.page, FILLER[1]))
  await gloss.page.mouse.move(from.x, from.y)
  await gloss.page.mouse.down()
  await gloss.page.mouse.move(to.x, to.y, { steps: 5 })
  await gloss.page.mouse.up()
  await gloss.page.keyboard.press('h')
  await expect(highlights.toolbar).toHaveCount(0)
  await expect.poll(() => paintedTexts(highlights)).toEqual([KEPT, CHANGED, MOVED])
  await gloss.page.evaluate(() =>
    (globalThis as unknown as { getSelection(): { removeAllRanges(): void } })
      .getSelection()
      .removeAllRanges(),
  )
  await reader.screenshot('article-version-light', false)
  await reader.chooseTheme('Dark')
  await reader.closeSettings()
  await reader.screenshot('article-version-dark', false)
  await reader.chooseTheme('Light')
  await reader.closeSettings()

  // Its export names the version it quotes, and quotes the old text.
  await gloss.page.getByRole('button', { name: 'Export' }).click()
  const preview = gloss.page.getByRole('region', { name: 'Preview' })
  await expect(preview).toContainText(`version: "${label}"`)
  await expect(preview).toContainText('before the winter storms')
  await gloss.page.keyboard.press('Escape')
  await expect(preview).toHaveCount(0)

  await gloss.page.getByRole('button', { name: 'Back to the current text' }).click()
  expect(gloss.page.url()).toBe(address)
  await expect(gloss.page.locator('article')).toContainText('before the spring storms')
  await expect.poll(async () => (await paintedTexts(highlights)).length).toBe(3)
  expect(leavingRequests(gloss.requests, gloss.page.url())).toEqual([])
  expect(gloss.errors).toEqual([])
})
