/**
 * Repairing passages not found, as a reader does it: a Web Annotation file whose two quotes the
 * bundled article does not have (one reworded, with other surroundings; one from elsewhere) is
 * imported, keeping them under "Passages not found". The first is attached by `Find closest
 * places` and `Attach here` on the place whose word-level difference the sidebar shows, undone
 * with Ctrl+Z (the orphan is back) and redone; the second by `Choose passage…`, a mouse
 * selection and Enter. Both stay painted, with their notes, after a restart.
 */
import { join } from 'node:path'
import { readBundledArticle } from '../src/main/article/bundled-article'
import type { Article } from '../src/shared/article'
import { pickFile } from './support/file-dialogs'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ImportDialogPage } from './pages/import-dialog'
import { ReaderPage } from './pages/reader-page'
import { SidebarPage } from './pages/sidebar-page'

let seed: Article
test.beforeAll(async () => {
  const result = await readBundledArticle(join(__dirname, '..', 'resources', 'articles'))
  if (!result.ok) throw new Error(result.error.message)
  seed = result.value
})

/** The seed's sentence, as the article has it now. */
const NOW = 'Various international forces have made claims of defeating ISIS'
/** ...as the imported file quotes it, from an older version with other surroundings. */
const REWORDED = 'Various international armies have made claims of beating ISIS'
/** A quote the article never had, re-attached by hand. */
const ELSEWHERE = 'The pilots flew home to Moscow the same night'
const CHOSEN = 'Hmeymim air base'

function annotation(id: string, exact: string, note: string) {
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    created: '2024-05-01T10:00:00Z',
    body: [{ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/markdown' }],
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: 'an older edition ', suffix: ' as it was' },
        { type: 'TextPositionSelector', start: 40, end: 40 + exact.length },
      ],
    },
  }
}

const FILE = {
  name: 'older-edition.jsonld',
  text: JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: 2,
    first: {
      type: 'AnnotationPage',
      items: [
        annotation('4b0e7a0c-2f1d-4e8a-9a56-1c2d3e4f5a61', REWORDED, 'Claims, again'),
        annotation('4b0e7a0c-2f1d-4e8a-9a56-1c2d3e4f5a62', ELSEWHERE, 'Check this'),
      ],
    },
  }),
}

function span(passage: string): { start: number; end: number } {
  const start = seed.text.indexOf(passage)
  if (start === -1) throw new Error(`"${passage}" is not in the seed`)
  return { start, end: start + passage.length }
}

test('passages not found are attached again by closest place and by choosing, undoably', async ({
  gloss,
}) => {
  const { page } = gloss
  const reader = new ReaderPage(page)
  const importer = new ImportDialogPage(page)
  const highlights = new HighlightsPage(page)
  const sidebar = new SidebarPage(page)
  await reader.article.waitFor()

  await pickFile(gloss, FILE, () => importer.button.click())
  await expect(importer.summary).toContainText('2 for a passage not found')
  await importer.confirm()
  await sidebar.open()
  const lost = sidebar.notFound.locator('.annotation-card')
  await expect(lost).toHaveCount(2)
  expect(await highlights.painted()).toEqual([])

  // Attach here, on the closest place, its difference from the quote shown word by word.
  const reworded = lost.filter({ hasText: REWORDED })
  await reworded.getByRole('button', { name: 'Find closest places' }).click()
  const places = reworded.getByRole('list', { name: 'Closest places' }).getByRole('listitem')
  await expect(places).toHaveCount(1)
  await expect(places.first().locator('.place-text')).toHaveText(
    'Various international armies forces have made claims of beating defeating ISIS',
  )
  await expect(places.first().locator('del')).toHaveText(['armies', 'beating'])
  await expect(places.first().locator('ins')).toHaveText(['forces', 'defeating'])
  await fontsAndShot(reader, 'repair-closest-places')
  await places.first().getByRole('button', { name: 'Attach here' }).click()
  await expect.poll(async () => (await highlights.painted()).map((p) => p.text)).toEqual([NOW])
  await expect(lost).toHaveCount(1)
  await expect(sidebar.card(NOW)).toContainText('Claims, again')
  await expect(
    sidebar.card(NOW).getByRole('button', { name: `Go to passage: ${NOW}` }),
  ).toBeFocused()

  // One undo step: the highlight is a passage not found again; redo attaches it again.
  await page.keyboard.press('Control+z')
  await expect.poll(() => highlights.painted()).toEqual([])
  await expect(lost).toHaveCount(2)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(async () => (await highlights.painted()).map((p) => p.text)).toEqual([NOW])
  await expect(lost).toHaveCount(1)

  // Choose passage…: the next selection plus Enter; the bar says so.
  await lost.getByRole('button', { name: 'Choose passage…' }).click()
  const bar = page.getByRole('region', { name: 'Choose passage' })
  await expect(bar).toContainText('in the article, then press Enter. Escape cancels.')
  await expect(bar).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(bar).toBeHidden()
  await expect(lost.getByRole('button', { name: 'Choose passage…' })).toBeFocused()
  await lost.getByRole('button', { name: 'Choose passage…' }).press('Enter')
  await expect(bar).toBeVisible()
  await highlights.drag(span(CHOSEN), { toolbar: false })
  await expect(bar.getByRole('button', { name: 'Attach to selection' })).toHaveAttribute(
    'aria-disabled',
    'false',
  )
  await expect(highlights.toolbar).toBeHidden()
  await fontsAndShot(reader, 'repair-choose-passage')
  await page.keyboard.press('Enter')
  await expect(bar).toBeHidden()
  const painted = [NOW, CHOSEN].sort((a, b) => span(a).start - span(b).start)
  await expect.poll(async () => (await highlights.painted()).map((p) => p.text)).toEqual(painted)
  await expect(sidebar.notFound).toBeHidden()
  await expect(sidebar.card(CHOSEN)).toContainText('Check this')

  // The new selectors are stored: a restart anchors both where they were attached.
  await gloss.restart()
  const again = new HighlightsPage(gloss.page)
  await expect.poll(async () => (await again.painted()).map((p) => p.text)).toEqual(painted)
  const sidebarAgain = new SidebarPage(gloss.page)
  await sidebarAgain.open()
  await expect(sidebarAgain.count).toHaveText('2 highlights')
  await expect(sidebarAgain.notFound).toBeHidden()
  expect(gloss.errors).toEqual([])
})

test('the closest places read in the dark theme, and choosing works on a narrow window', async ({
  gloss,
}) => {
  const { page } = gloss
  const reader = new ReaderPage(page)
  const importer = new ImportDialogPage(page)
  const sidebar = new SidebarPage(page)
  await reader.article.waitFor()
  await reader.chooseTheme('Dark')
  await page.keyboard.press('Escape')
  await pickFile(gloss, FILE, () => importer.button.click())
  await importer.confirm()
  await sidebar.open()
  const reworded = sidebar.notFound.locator('.annotation-card').filter({ hasText: REWORDED })
  await reworded.getByRole('button', { name: 'Find closest places' }).click()
  await expect(reworded.locator('.place-text ins')).toHaveCount(2)
  // The other one is offered no place: nothing in the article is close to it.
  const elsewhere = sidebar.notFound.locator('.annotation-card').filter({ hasText: ELSEWHERE })
  await elsewhere.getByRole('button', { name: 'Find closest places' }).click()
  await expect(elsewhere.getByRole('status')).toHaveText(
    'No place in the article is close to this passage. Choose it yourself, or delete the highlight.',
  )
  await reworded.getByRole('button', { name: 'Attach here' }).focus()
  await fontsAndShot(reader, 'repair-closest-places-dark')

  // On a narrow window the sidebar covers the article: choosing a passage uncovers it, and
  // Escape brings the sidebar back.
  await page.setViewportSize({ width: 480, height: 860 })
  await elsewhere.getByRole('button', { name: 'Choose passage…' }).click()
  const bar = page.getByRole('region', { name: 'Choose passage' })
  await expect(bar).toBeVisible()
  await expect(sidebar.region).toBeHidden()
  await fontsAndShot(reader, 'repair-choose-passage-narrow')
  await page.keyboard.press('Escape')
  await expect(sidebar.region).toBeVisible()
  await expect(elsewhere.getByRole('button', { name: 'Choose passage…' })).toBeFocused()
  expect(gloss.errors).toEqual([])
})

async function fontsAndShot(reader: ReaderPage, name: string): Promise<void> {
  await reader.fontsLoaded()
  await reader.screenshot(name, false)
}
