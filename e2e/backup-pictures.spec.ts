/**
 * A backup of an article the reader added, with its picture and a noted highlight, as a reader
 * makes and uses it: export names the article, back up, then change things (rewrite a note on
 * the sample article, add another article, delete the first for good: Trash, emptied),
 * restore through the file chooser after reading what the restore replaces, and find the
 * article back with its picture (the same bytes, shown from a `blob:` URL), its highlight
 * painted with its note, and search finding its text and both notes as backed up but nothing
 * of what the restore replaced, after a restart too. The rewritten note is the hard case for
 * search: the restored one is older than what its index holds. Nothing leaves 127.0.0.1. Runs
 * on the web host, and on Electron where its binary exists.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './fixtures'
import { BackupPage } from './pages/backup-dialog'
import { ExportDialogPage } from './pages/export-dialog'
import { HighlightsPage } from './pages/highlight-toolbar'
import { LibraryPage } from './pages/library-page'
import { ReaderPage } from './pages/reader-page'
import { SidebarPage } from './pages/sidebar-page'
import { catchSavedFile, pickFile, pickFiles } from './support/file-dialogs'
import { leavingRequests } from './support/requests'

const ADDING = join(__dirname, '..', 'fixtures', 'adding')
// A single file, its picture inside: the web host cannot read the folder beside a picked page.
const HARBOUR = join(ADDING, 'harbour.mhtml')
// The picture harbour.mhtml carries, as the page's folder holds it: a 64×40 PNG.
const HARBOUR_PNG = join(ADDING, 'saved-complete', 'Harbour_files', 'harbour.png')
const NOTES = join(ADDING, 'plain-notes.txt')
const TITLE = 'The harbour at dawn'
const QUOTE = 'restaurant cooks'
/** A passage of the sample article, highlighted there. */
const SAMPLE_QUOTE = 'Tartous'

const addButton = (page: Page) => page.getByRole('button', { name: 'Add articles' }).first()
const headline = (page: Page) => page.locator('article h1')

interface ShownPicture {
  readonly src: string
  readonly width: number
  readonly height: number
}

/** The article's pictures as shown, once each has loaded and decoded. */
async function shownPictures(page: Page): Promise<ShownPicture[]> {
  const images = page.locator('article img')
  await expect(images).not.toHaveCount(0)
  const shown: ShownPicture[] = []
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded()
    const size = () =>
      image.evaluate((img) => {
        const { naturalWidth, naturalHeight } = img as unknown as Record<string, number>
        return { width: naturalWidth, height: naturalHeight }
      })
    await expect.poll(async () => (await size()).width).toBeGreaterThan(0)
    shown.push({ src: (await image.getAttribute('src')) ?? '', ...(await size()) })
  }
  return shown
}

/** The canonical offsets of `passage` in the article on screen. */
async function spanOf(page: Page, passage: string): Promise<{ start: number; end: number }> {
  const text = await page.locator('article').evaluate((element) => {
    const blocks = (
      element as unknown as { querySelectorAll(s: string): Iterable<{ textContent: string }> }
    ).querySelectorAll('[data-block]')
    return [...blocks].map((block) => block.textContent).join('\n\n')
  })
  const start = text.indexOf(passage)
  expect(start).toBeGreaterThanOrEqual(0)
  return { start, end: start + passage.length }
}

/** The library's search, as a reader uses it: the box, and the results it shows. */
class LibrarySearch {
  readonly box
  readonly results
  readonly nothing

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search your library' })
    this.results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
    this.nothing = page.getByText('Nothing in your library matches.')
  }

  /** Type `query` and wait for its answer: results, or the line saying there are none. */
  async find(query: string): Promise<void> {
    await this.box.fill(query)
    await expect(this.results.first().or(this.nothing)).toBeVisible()
  }
}

test('an added article comes back from a backup with its picture, its noted highlight and its place in search', async ({
  gloss,
}, testInfo) => {
  // Many steps (two adds, three notes, a backup, the Trash, a restore, a restart): more than
  // the usual time.
  test.slow()
  const page = gloss.page
  const highlights = new HighlightsPage(page)
  const sidebar = new SidebarPage(page)
  const library = new LibraryPage(page)

  await pickFiles(gloss, [HARBOUR], () => addButton(page).click())
  await expect(headline(page)).toHaveText(TITLE)
  const address = page.url()
  const [picture] = await shownPictures(page)
  expect(picture).toMatchObject({ src: expect.stringMatching(/^blob:/), width: 64, height: 40 })

  await highlights.drag(await spanOf(page, QUOTE))
  await page.keyboard.press('n')
  await sidebar.noteField.fill('Ask the harbourmaster about the **nets**')
  await expect(sidebar.noteStatus).toHaveText('Saved')
  await sidebar.region.getByRole('button', { name: 'Done' }).click()
  const painted = await highlights.painted()
  expect(painted.map((range) => range.text)).toEqual([QUOTE])

  // The export dialog says whose highlights it exports.
  const exporting = new ExportDialogPage(page)
  await exporting.open()
  await expect(exporting.dialog).toHaveAccessibleDescription(`Highlights and notes of ${TITLE}`)
  await expect(exporting.dialog.locator('cite')).toHaveText(TITLE)
  await new ReaderPage(page).screenshot('export-names-its-article', false)
  await exporting.close()

  // A noted highlight on the sample article too.
  await page.getByRole('button', { name: 'Library' }).click()
  await library.rows.filter({ hasNotText: TITLE }).click()
  await expect(headline(page)).not.toHaveText(TITLE)
  await highlights.drag(await spanOf(page, SAMPLE_QUOTE))
  await page.keyboard.press('n')
  await sidebar.noteField.fill('An orchard of masts')
  await expect(sidebar.noteStatus).toHaveText('Saved')
  await sidebar.region.getByRole('button', { name: 'Done' }).click()

  // Back up: the picture is in the ZIP as the page brought it.
  const backup = new BackupPage(page)
  await backup.openPanel()
  const saved = await catchSavedFile(gloss, testInfo.outputPath('backups'), async () => {
    await backup.backUpButton.click()
    await expect(highlights.notice).toHaveText(/^Backed up everything to /)
  })
  await new ReaderPage(page).closeSettings()
  const files = unzipSync(new Uint8Array(await readFile(saved.path)))
  const pictures = Object.keys(files).filter((name) => name.startsWith('images/'))
  expect(pictures).toHaveLength(1)
  const png = await readFile(HARBOUR_PNG)
  expect(Buffer.from(files[pictures[0]]).equals(png)).toBe(true)
  const data = JSON.parse(strFromU8(files['data.json']))
  expect(data.articleImages).toEqual([
    expect.objectContaining({ type: 'image/png', bytes: png.length }),
  ])

  // Change things: the sample's note rewritten and another article, both found by search;
  // the first article deleted for good.
  await sidebar.card(SAMPLE_QUOTE).getByRole('button', { name: 'Edit note' }).click()
  await sidebar.noteField.fill('A cormorant instead')
  await expect(sidebar.noteStatus).toHaveText('Saved')
  await sidebar.region.getByRole('button', { name: 'Done' }).click()
  await pickFiles(gloss, [NOTES], () => addButton(page).click())
  await expect(headline(page)).toHaveText('Notes from the train')
  await page.getByRole('button', { name: 'Library' }).click()
  await expect(library.heading).toHaveText('Library')
  const search = new LibrarySearch(page)
  await search.find('"notes from the train"')
  await expect(search.results).toHaveCount(1)
  await search.find('cormorant')
  await expect(search.results.filter({ hasText: SAMPLE_QUOTE })).toHaveCount(1)
  await search.box.fill('')
  await expect(library.rows).toHaveCount(3)
  await library.row(TITLE).click()
  await expect(headline(page)).toHaveText(TITLE)
  await page.getByRole('button', { name: 'Library' }).click()
  // The row's own button, shown under the pointer.
  await library.row(TITLE).hover()
  await library.row(TITLE).locator('button', { hasText: 'Move to Trash' }).click()
  await expect(library.rows).toHaveCount(2)
  await library.shelf('Trash')
  await expect(library.rows).toHaveCount(1)
  await page.getByRole('button', { name: 'Empty trash' }).click()
  await page
    .getByRole('dialog', { name: 'Empty the Trash?' })
    .getByRole('button', { name: 'Delete for good' })
    .click()
  await expect(library.rows).toHaveCount(0)
  await library.shelf('Library')
  await expect(library.rows).toHaveCount(2)

  // Restore, after reading what it holds and what it replaces.
  await backup.openPanel()
  await pickFile(gloss, { path: saved.path }, () => backup.restoreButton.click())
  // Reading places are left out of the counts checked: one is kept once the reader has been
  // in an article a moment, which a loaded machine may or may not have given it.
  await expect(backup.dialog).toContainText(
    /this backup holds 2 articles, 1 picture, 2 annotations on 2 articles\b/,
  )
  // Now: the sample and the other article; the first one's highlight went with it.
  await expect(backup.dialog.getByText(/Restoring replaces/)).toHaveText(
    /Restoring replaces everything Gloss holds now \(2 articles, 1 annotation\b.*\); nothing is merged\./,
  )
  await new ReaderPage(page).screenshot('restore-with-pictures', false)
  await backup.replaceButton.click()
  await expect(backup.dialog).toBeHidden()
  await expect(highlights.notice).toHaveText('Restored 2 articles, 2 annotations')
  await new ReaderPage(page).closeSettings()

  // The library as it was backed up; search knows the article again, and not the other one.
  await expect(library.rows).toHaveCount(2)
  await expect(library.row(TITLE)).toHaveCount(1)
  await expect(library.row('Notes from the train')).toHaveCount(0)
  await expectSearchAsBackedUp(new LibrarySearch(page))

  // The article, its picture and its highlight with its note.
  await library.row(TITLE).click()
  await expect(headline(page)).toHaveText(TITLE)
  expect(page.url()).toBe(address)
  expect(await shownPictures(page)).toEqual([
    { src: expect.stringMatching(/^blob:/), width: 64, height: 40 },
  ])
  await expect.poll(() => highlights.painted()).toEqual(painted)
  await sidebar.open()
  await expect(sidebar.card(QUOTE).locator('strong')).toHaveText('nets')
  await page.locator('article').getByText(QUOTE).scrollIntoViewIfNeeded()
  await new ReaderPage(page).screenshot('restored-highlight-with-note', false)

  // After a restart: the same, from what was saved.
  const after = await gloss.restart()
  const again = new LibraryPage(after)
  await expect(again.rows).toHaveCount(2)
  await expectSearchAsBackedUp(new LibrarySearch(after))
  await again.row(TITLE).click()
  expect((await shownPictures(after)).map(({ width, height }) => [width, height])).toEqual([
    [64, 40],
  ])
  await expect.poll(() => new HighlightsPage(after).painted()).toEqual(painted)

  expect(leavingRequests(gloss.requests, after.url())).toEqual([])
  expect(gloss.errors).toEqual([])
})

/**
 * Search finds the restored article by its text, and the highlights by their notes as backed
 * up; not the article added since, nor the note as rewritten since.
 */
async function expectSearchAsBackedUp(search: LibrarySearch): Promise<void> {
  const highlight = search.results.filter({ has: search.page.locator('blockquote') })
  await search.find('gulls quay')
  await expect(search.results).toHaveCount(1)
  await expect(search.results.first()).toContainText(TITLE)
  await search.find('harbourmaster')
  await expect(highlight).toHaveCount(1)
  await expect(highlight).toContainText(QUOTE)
  await search.find('orchard')
  await expect(highlight).toHaveCount(1)
  await expect(highlight).toContainText(SAMPLE_QUOTE)
  for (const replaced of ['cormorant', '"notes from the train"']) {
    await search.find(replaced)
    await expect(search.nothing).toBeVisible()
  }
  await search.box.fill('')
}
