/**
 * A library-wide import, as a reader moving from Hypothesis does it: from the library view,
 * `Import annotations…` with a Hypothesis sidebar export whose highlights are on two library
 * articles (the bundled one, found by title, and a page added from Markdown, found by its
 * address) and on one page the library does not have. The dialog says what it found; Import
 * paints each article's highlight and lists the third under "Not in your library", with its
 * quote, note and address as text; adding that page later (a saved MHTML of it) anchors the
 * waiting highlight on it, and the add notice says so. Runs on the web host, and on Electron
 * where its binary exists.
 */
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ImportDialogPage } from './pages/import-dialog'
import { LibraryPage } from './pages/library-page'
import { ReaderPage } from './pages/reader-page'
import { pickFile, pickFiles } from './support/file-dialogs'

const ADDING = join(__dirname, '..', 'fixtures', 'adding')
const SLOW_READING = join(ADDING, 'front-matter.md')
const HARBOUR = join(ADDING, 'harbour.mhtml')

/** One annotation as Hypothesis's sidebar exports it (only the fields Gloss reads, and a few). */
function hypothesis(id: string, uri: string, title: string, exact: string, text: string) {
  return {
    ...{
      id,
      created: '2024-03-12T09:15:27.120467+00:00',
      updated: '2024-03-12T09:15:27.120467+00:00',
    },
    ...{ user: 'acct:reader@hypothes.is', uri, text, tags: ['moved'], group: '__world__' },
    target: [
      { source: uri, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
    ],
    document: { title: [title] },
  }
}

const EXPORT = JSON.stringify({
  export_date: '2026-11-30T18:04:12.512Z',
  export_userid: 'acct:reader@hypothes.is',
  client_version: '1.1613.0',
  annotations: [
    hypothesis(
      'SeedAnnotation00000001',
      'https://www.cbc.ca/news/world/putin-syria-withdrawal-1.4445556',
      'Putin orders Russian troops out of Syria',
      'Hmeymim air base',
      'The base',
    ),
    hypothesis(
      'SlowAnnotation00000001',
      'https://blog.example/slow-reading?utm_source=feed',
      'Slow reading, elsewhere',
      'Reading slowly is deliberate',
      'Why slow',
    ),
    hypothesis(
      'HarbourAnnotation00001',
      'https://coast.example/stories/the-harbour',
      'The harbour at dawn',
      'The first buyers are the restaurant cooks',
      'Cooks first',
    ),
  ],
})

test('a Hypothesis export across the library: two articles there, one page waiting until it is added', async ({
  gloss,
}) => {
  const { page } = gloss
  const library = new LibraryPage(page)
  const importer = new ImportDialogPage(page)
  const highlights = new HighlightsPage(page)
  const reader = new ReaderPage(page)
  await reader.article.waitFor()
  await pickFiles(gloss, [SLOW_READING], () =>
    page.getByRole('button', { name: 'Add articles' }).first().click(),
  )
  await expect(page.locator('article h1')).toHaveText('Notes on slow reading')
  await library.goto()

  const action = page.getByRole('button', { name: 'Import annotations…' })
  await pickFile(gloss, { name: 'hypothesis-export.json', text: EXPORT }, () => action.click())
  await expect(importer.summary).toHaveText(
    '3 highlights on 3 articles: 2 articles are in your library, 1 is not.',
  )
  const documents = importer.dialog.getByRole('list', { name: 'Articles in the file' })
  await expect(documents.getByRole('listitem')).toHaveText([
    'Putin orders Russian troops out of Syria: 1 annotation: 1 new',
    'Notes on slow reading: 1 annotation: 1 new',
    'The harbour at dawn: 1 highlight will wait',
  ])
  await expect(importer.dialog).toContainText(
    'Import adds 2 annotations to your library, and keeps 1 under “Not in your library” until their article is added.',
  )
  await reader.screenshot('import-library-confirmation', false)
  await importer.confirm()
  await expect(page.locator('.annotation-notice')).toContainText(
    'Imported 2 annotations on 2 articles; 1 waits under “Not in your library”',
  )

  const waiting = page.getByRole('button', { name: 'Not in your library (1)' })
  await waiting.click()
  const list = page.getByRole('dialog', { name: 'Not in your library' })
  const harbour = list.getByRole('region', { name: 'The harbour at dawn' })
  await expect(harbour).toContainText('The first buyers are the restaurant cooks')
  await expect(harbour).toContainText('Cooks first')
  await expect(harbour).toContainText('https://coast.example/stories/the-harbour')
  // The address is text: nothing in the list is a link that could fetch anything.
  await expect(list.locator('a')).toHaveCount(0)
  await reader.screenshot('import-library-waiting-light', false)
  await list.getByRole('button', { name: 'Close' }).last().click()
  await expect(list).toBeHidden()
  await expect(waiting).toBeFocused()
  await reader.chooseTheme('Dark')
  await page.keyboard.press('Escape')
  await waiting.click()
  await expect(harbour).toBeVisible()
  await reader.screenshot('import-library-waiting-dark', false)
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()

  // Each article in the library shows its imported highlight.
  await library.row('Notes on slow reading').click()
  await expect
    .poll(async () => (await highlights.painted()).map((range) => range.text))
    .toEqual(['Reading slowly is deliberate'])
  await library.goto()
  await library.row('Putin orders Russian troops').click()
  await expect
    .poll(async () => (await highlights.painted()).map((range) => range.text))
    .toEqual(['Hmeymim air base'])

  // The page arrives: its waiting highlight is anchored on it, and the add notice says so.
  await pickFiles(gloss, [HARBOUR], () =>
    page.getByRole('button', { name: 'Add articles' }).first().click(),
  )
  await expect(page.locator('article h1')).toHaveText('The harbour at dawn')
  await expect(page.getByText('1 highlight from an import found its article')).toBeVisible()
  await expect
    .poll(async () => (await highlights.painted()).map((range) => range.text))
    .toEqual(['The first buyers are the restaurant cooks'])
  await library.goto()
  await expect(page.getByRole('button', { name: /Not in your library/ })).toHaveCount(0)
  expect(gloss.errors).toEqual([])
})
