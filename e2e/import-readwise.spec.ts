/**
 * Moving from Readwise, as a reader does it: the CSV export of a whole Readwise library picked
 * through `Import annotations` on the bundled article. The dialog says how many highlights are
 * on articles in the library and how many will wait for books it does not have; Import paints
 * the article's four (notes and tags in the sidebar) and keeps the rest waiting, Undo takes it
 * all back, and a damaged export is refused with the line that is wrong, nothing changed. Runs on the web host, and on Electron where its
 * binary exists.
 */
import { join } from 'node:path'
import { pickFile } from './support/file-dialogs'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ImportDialogPage } from './pages/import-dialog'
import { ReaderPage } from './pages/reader-page'
import { SidebarPage } from './pages/sidebar-page'

const EXPORT = join(__dirname, '..', 'fixtures', 'import', 'readwise', 'readwise-export.csv')
const HEADER =
  'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags'

test('a Readwise CSV export brings this article’s highlights, and keeps the other books’ waiting', async ({
  gloss,
}) => {
  const { page } = gloss
  const importer = new ImportDialogPage(page)
  const highlights = new HighlightsPage(page)
  const sidebar = new SidebarPage(page)
  await new ReaderPage(page).article.waitFor()
  expect(await highlights.painted()).toEqual([])

  await pickFile(gloss, { path: EXPORT }, () => importer.button.click())
  await expect(importer.summary).toHaveText(
    '7 highlights on 3 articles: 1 article is in your library, 2 are not.',
  )
  await expect(importer.dialog).toContainText(
    'Import adds 4 annotations to your library, and keeps 3 under “Not in your library” until their article is added.',
  )
  await new ReaderPage(page).screenshot('import-readwise-confirmation', false)
  await importer.confirm()
  const notice = page.locator('.annotation-notice')
  await expect(notice).toContainText('Imported 4 annotations; 3 wait under “Not in your library”')

  await expect
    .poll(async () => (await highlights.painted()).map((range) => range.name))
    .toContain('gloss-pink')
  const painted = (await highlights.painted()).map(({ name, text }) => ({ name, text }))
  expect(painted).toContainEqual({
    name: 'gloss-yellow',
    text: "Putin made the announcement during a surprise visit to\u00a0Russia's Hmeymim airbase",
  })
  expect(painted).toContainEqual({
    name: 'gloss-blue',
    text: 'Russia launched its air campaign in Syria at the end of September\u00a02015',
  })
  await sidebar.open()
  await expect(sidebar.count).toHaveText('4 highlights')
  const card = sidebar.card('Russia launched its air campaign')
  // The note is Markdown: once rendered, its backticks make a code element (a leading = is
  // text, never a formula).
  await expect(card.locator('code')).toHaveText('code')
  await expect(card).toContainText('=SUM(A1:A2) | not a formula; code stays code')
  await expect(card).toContainText('history')

  await notice.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => highlights.painted()).toEqual([])
  await expect(sidebar.count).toHaveText('0 highlights')

  // A damaged export: the line named in an alert, nothing changed.
  const damaged = { name: 'damaged.csv', text: `${HEADER}\r\n"Tartous,An article,,,,,,,,,\r\n` }
  await pickFile(gloss, damaged, () => importer.button.click())
  await expect(importer.alert).toHaveText(
    'The file is not readable CSV: line 2 opens a quoted cell that is never closed.',
  )
  await importer.closeButton.click()
  await expect(importer.dialog).toBeHidden()
  expect(await highlights.painted()).toEqual([])
  expect(gloss.errors).toEqual([])
})
