/**
 * Moving from Hypothesis, as a reader does it: the JSON file Hypothesis's sidebar exports,
 * picked through `Import annotations` on the bundled article (the file is
 * `fixtures/import/hypothesis/sidebar-export.json`, written by hand from Hypothesis's export
 * format). The dialog counts its highlights and its page notes and replies; Import paints the
 * two highlights (note and tags in the sidebar) and adds the page note and the reply to the
 * article's note, and Undo takes all of it back. Runs on the web host, and on Electron where
 * its binary exists.
 */
import { join } from 'node:path'
import { pickFile } from './support/file-dialogs'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ImportDialogPage } from './pages/import-dialog'
import { ReaderPage } from './pages/reader-page'
import { SidebarPage } from './pages/sidebar-page'

const EXPORT = join(__dirname, '..', 'fixtures', 'import', 'hypothesis', 'sidebar-export.json')

test('a Hypothesis sidebar export brings its highlights, and its page notes into the article note', async ({
  gloss,
}) => {
  const { page } = gloss
  const importer = new ImportDialogPage(page)
  const highlights = new HighlightsPage(page)
  const sidebar = new SidebarPage(page)
  await new ReaderPage(page).article.waitFor()

  await pickFile(gloss, { path: EXPORT }, () => importer.button.click())
  await expect(importer.summary).toHaveText(
    '2 annotations: 2 new; 2 page notes and replies for the article’s note.',
  )
  await expect(importer.dialog).toContainText(
    'Import adds 2 annotations to this article and 2 page notes to its note.',
  )
  await importer.confirm()
  const notice = page.locator('.annotation-notice')
  await expect(notice).toContainText('Imported 2 annotations, and page notes')

  await expect
    .poll(async () => (await highlights.painted()).map((range) => range.text))
    .toEqual([
      "Putin made the announcement during a surprise visit to\u00a0Russia's Hmeymim airbase",
      'Various international forces have made claims of defeating ISIS',
    ])
  await sidebar.open()
  await expect(sidebar.count).toHaveText('2 highlights')
  const card = sidebar.card('Putin made the announcement')
  await expect(card.locator('strong')).toHaveText('2015')
  await expect(card).toContainText('syria withdrawal')
  await expect(sidebar.articleNote).toHaveValue(
    [
      '**Page note**, 2024-03-12',
      'Read alongside the Reuters report from the same day.',
      'Tags: follow-up',
      '**Reply**, 2024-03-13',
      'The 2015 one was in March, too.',
    ].join('\n\n'),
  )

  await notice.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => highlights.painted()).toEqual([])
  await expect(sidebar.articleNote).toHaveValue('')
  expect(gloss.errors).toEqual([])
})
