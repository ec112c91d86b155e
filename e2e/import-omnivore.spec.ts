/**
 * Moving from Omnivore, as a reader does it: the ZIP Omnivore's export made (built here with
 * fflate from the hand-written sample in `fixtures/import/omnivore/export/`, see its README),
 * picked through `Import annotations`. The dialog says what the export holds; Import adds its
 * articles to the library with their labels as tags (the archived one in the Archive), and
 * their highlights are painted when an article is opened, notes, the page note and passages
 * not found in the sidebar. A damaged export is refused with a message and nothing added. Nothing is fetched: a
 * picture the content links to on the web stays a placeholder. Runs on the web host, and on
 * Electron where its binary exists.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { zipSync } from 'fflate'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ImportDialogPage } from './pages/import-dialog'
import { LibraryPage } from './pages/library-page'
import { ReaderPage } from './pages/reader-page'
import { SidebarPage } from './pages/sidebar-page'
import { pickFile } from './support/file-dialogs'
import { leavingRequests } from './support/requests'

const SAMPLE = join(__dirname, '..', 'fixtures', 'import', 'omnivore', 'export')

/** The sample's files by their names in the ZIP. */
async function sampleFiles(): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {}
  for (const entry of await readdir(SAMPLE, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[relative(SAMPLE, path).split('\\').join('/')] = await readFile(path)
  }
  return files
}

/** Write a ZIP of these files where the test keeps its output, and give its path. */
async function zipFile(name: string, files: Record<string, Uint8Array>): Promise<string> {
  const path = test.info().outputPath(name)
  await writeFile(path, zipSync(files, { level: 9 }))
  return path
}

const omnivoreDialog = (importer: ImportDialogPage) =>
  importer.page.getByRole('dialog', { name: 'Import from Omnivore' })

test('an Omnivore export brings its articles, their tags and their highlights', async ({
  gloss,
}) => {
  const { page } = gloss
  const importer = new ImportDialogPage(page)
  await new ReaderPage(page).article.waitFor()
  const zip = await zipFile('omnivore-export.zip', await sampleFiles())

  await pickFile(gloss, { path: zip }, () => importer.button.click())
  const dialog = omnivoreDialog(importer)
  await expect(dialog.locator('.import-summary')).toHaveText(
    '2 articles with 4 highlights: 2 new articles, 0 already in your library; 1 passage not found; 1 page note for the articles’ notes; 1 item without readable content (an uploaded PDF).',
  )
  await expect(dialog).toContainText('Import adds 2 articles to your library and 4 highlights.')
  await new ReaderPage(page).screenshot('import-omnivore-confirmation', false)
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.annotation-notice')).toContainText(
    'Imported 2 articles and 4 highlights from Omnivore',
  )

  const library = new LibraryPage(page)
  await library.goto()
  await expect(library.row('The harbour at night')).toBeVisible()
  await page.getByLabel('Tag').selectOption('Sea')
  await expect.poll(() => library.titles()).toEqual(['The harbour at night'])
  await page.getByLabel('Tag').selectOption('')
  await library.shelf('Archive')
  await expect.poll(() => library.titles()).toEqual(['What grows in a winter garden'])
  await library.shelf('Library')

  await library.row('The harbour at night').click()
  await expect(page.locator('article h1')).toHaveText('The harbour at night')
  const highlights = new HighlightsPage(page)
  await expect.poll(async () => (await highlights.painted()).length).toBe(2)
  const painted = (await highlights.painted()).map(({ name, text }) => ({ name, text }))
  expect(painted[0]).toEqual({
    name: 'gloss-yellow',
    text: 'By the time the last boat is tied up, the harbour has gone quiet, and the only light left is the one on the breakwater.',
  })
  expect(painted[1].text).toMatch(/^The keeper climbs the tower.*a habit from his father\.$/s)
  const sidebar = new SidebarPage(page)
  await sidebar.open()
  const card = sidebar.card('By the time the last boat')
  await expect(card).toContainText('Second paragraph of the note.')
  await expect(card.locator('code')).toHaveText('code')
  await expect(card).toContainText('night shift')
  await expect(sidebar.notFound).toContainText('A sentence that the article no longer has.')
  await expect(sidebar.articleNote).toHaveValue(/This note was written on the whole page/)
  await new ReaderPage(page).screenshot('import-omnivore-article', false)

  // The picture the content links to on the web is a placeholder; nothing was fetched.
  await expect(page.locator('article .image-placeholder')).toHaveCount(1)
  expect(leavingRequests(gloss.requests, page.url())).toEqual([])
  expect(gloss.errors).toEqual([])
})

test('a damaged Omnivore export is refused with a message, and nothing is added', async ({
  gloss,
}) => {
  const { page } = gloss
  const importer = new ImportDialogPage(page)
  await new ReaderPage(page).article.waitFor()
  const files = await sampleFiles()
  const [first] = JSON.parse(Buffer.from(files['metadata_0_to_3.json']).toString('utf8'))
  files['metadata_0_to_3.json'] = Buffer.from(JSON.stringify([{ ...first, labels: 'Sea' }]))
  const zip = await zipFile('damaged-export.zip', files)

  await pickFile(gloss, { path: zip }, () => importer.button.click())
  const dialog = omnivoreDialog(importer)
  await expect(dialog.getByRole('alert')).toHaveText(
    'The export cannot be read: in item 1 of metadata_0_to_3.json, its labels are not a list.',
  )
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(dialog).toBeHidden()

  const library = new LibraryPage(page)
  await library.goto()
  await expect.poll(() => library.rows.count()).toBe(1)
  expect(leavingRequests(gloss.requests, page.url())).toEqual([])
})
