/**
 * Backup and restore, as a reader does them: back everything up from the reading settings
 * panel, change things (delete a highlight, change the theme), restore the backup, and find
 * everything as it was, after a reload too; a damaged backup is refused with nothing changed.
 * Runs on the web host, and on Electron where its binary exists.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { readBundledArticle } from '../src/main/article/bundled-article'
import type { Article } from '../src/shared/article'
import { expect, test } from './fixtures'
import { BackupPage } from './pages/backup-dialog'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ReaderPage } from './pages/reader-page'
import { SidebarPage } from './pages/sidebar-page'
import { catchSavedFile, pickFile } from './support/file-dialogs'

let seed: Article
test.beforeAll(async () => {
  const result = await readBundledArticle(join(__dirname, '..', 'resources', 'articles'))
  if (!result.ok) throw new Error(result.error.message)
  seed = result.value
})

/** The page's localStorage; the e2e code compiles without the DOM library. */
interface PageStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

function span(passage: string): { start: number; end: number } {
  const start = seed.text.indexOf(passage)
  return { start, end: start + passage.length }
}

test('back up, change things, restore: everything is back, after a reload too', async ({
  gloss,
}, testInfo) => {
  const page = gloss.page
  const reader = new ReaderPage(page)
  const highlights = new HighlightsPage(page)
  const sidebar = new SidebarPage(page)
  await highlights.drag(span('Tartous'))
  await highlights.toolbarColor('green').click()
  await highlights.drag(span('Hmeymim air base'))
  await page.keyboard.press('n')
  await sidebar.noteField.fill('Where he **spoke**')
  await expect(sidebar.noteStatus).toHaveText('Saved')
  await sidebar.region.getByRole('button', { name: 'Done' }).click()
  await reader.chooseTheme('Sepia')
  await expect.poll(() => reader.paintedTheme()).toBe('sepia')
  const painted = await highlights.painted()
  expect(painted).toHaveLength(2)

  const backup = new BackupPage(page)
  await backup.openPanel()
  await reader.screenshot('settings-your-data', false)
  const saved = await catchSavedFile(gloss, testInfo.outputPath('backups'), async () => {
    await backup.backUpButton.click()
    await expect(page.locator('.annotation-notice')).toHaveText(/^Backed up everything to /)
  })
  expect(saved.name).toMatch(/^Gloss backup \d{4}-\d{2}-\d{2}\.zip$/)
  const files = unzipSync(new Uint8Array(await readFile(saved.path)))
  const manifest = JSON.parse(strFromU8(files['manifest.json']))
  expect(manifest).toMatchObject({ format: 'gloss-backup', version: 3 })
  const file = JSON.parse(strFromU8(files['data.json']))
  expect(file.annotations).toHaveLength(2)
  expect(file.articles.map((row: { id: string }) => row.id)).toEqual([seed.id])
  expect(file.settings.reading.theme).toBe('sepia')

  // Change things.
  await reader.chooseTheme('Dark')
  await expect.poll(() => reader.paintedTheme()).toBe('dark')
  await reader.closeSettings()
  await sidebar.card('Tartous').getByRole('button', { name: 'Delete' }).click()
  await expect.poll(async () => (await highlights.painted()).length).toBe(1)

  // Restore.
  await backup.openPanel()
  await pickFile(gloss, { path: saved.path }, () => backup.restoreButton.click())
  await expect(backup.dialog).toContainText('this backup holds 1 article, 2 annotations')
  await expect(backup.dialog).toContainText(
    'Restoring replaces everything Gloss holds now (1 article, 1 annotation',
  )
  await reader.screenshot('restore-confirmation', false)
  await backup.replaceButton.click()
  await expect(backup.dialog).toBeHidden()
  await expect(page.locator('.annotation-notice')).toHaveText(
    'Restored 1 article, 2 annotations and your settings',
  )
  await expect.poll(() => reader.paintedTheme()).toBe('sepia')
  await expect.poll(() => highlights.painted()).toEqual(painted)
  await expect(sidebar.card('Hmeymim air base').locator('strong')).toHaveText('spoke')

  const after = await gloss.restart()
  const again = new ReaderPage(after)
  await expect.poll(() => again.paintedTheme()).toBe('sepia')
  await expect.poll(() => new HighlightsPage(after).painted()).toEqual(painted)
  expect(gloss.errors).toEqual([])
})

test('a damaged backup is refused with its reason and changes nothing', async ({ gloss }) => {
  const page = gloss.page
  const highlights = new HighlightsPage(page)
  await highlights.drag(span('Tartous'))
  await highlights.toolbarColor('blue').click()
  await expect.poll(async () => (await highlights.painted()).length).toBe(1)

  const backup = new BackupPage(page)
  await backup.openPanel()
  const damaged = {
    name: 'Gloss backup.json',
    text: JSON.stringify({ format: 'gloss-backup', version: 1, annotations: 'none' }),
  }
  await pickFile(gloss, damaged, () => backup.restoreButton.click())
  await expect(backup.alert).toHaveText(
    'The backup is damaged: exportedAt is not valid (Invalid key: Expected "exportedAt" but received undefined).',
  )
  await backup.dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(backup.dialog).toBeHidden()
  await expect(backup.restoreButton).toBeFocused()
  expect(await highlights.painted()).toHaveLength(1)
})

test('a database the browser discarded comes back from the rescue copy, with a word', async ({
  gloss,
}) => {
  const page = gloss.page
  const highlights = new HighlightsPage(page)
  await highlights.drag(span('Tartous'))
  await highlights.toolbarColor('green').click()
  await expect.poll(async () => (await highlights.painted()).length).toBe(1)
  // The first rescue copy is made ten seconds after start (src/renderer/src/rescue/).
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          (globalThis as unknown as { localStorage: PageStorage }).localStorage.getItem(
            'gloss:rescue-copied-at',
          ),
        ),
      {
        timeout: 20_000,
      },
    )
    .not.toBeNull()
  // What Chromium does to a database a full disk damaged: it deletes it. Here the page itself
  // closes its connection (a reload) and deletes it before the app opens it again.
  await page.addInitScript(() => {
    const page = globalThis as unknown as {
      localStorage: PageStorage
      indexedDB: { deleteDatabase(name: string): unknown }
    }
    if (page.localStorage.getItem('e2e:drop-database') !== '1') return
    page.localStorage.removeItem('e2e:drop-database')
    page.indexedDB.deleteDatabase('gloss')
  })
  await page.evaluate(() =>
    (globalThis as unknown as { localStorage: PageStorage }).localStorage.setItem(
      'e2e:drop-database',
      '1',
    ),
  )
  await page.reload()
  await expect(
    page.getByText(/^Gloss brought back 1 highlight and your notes as they were on/),
  ).toBeVisible()
  await expect
    .poll(async () => (await highlights.painted()).map((p) => p.text))
    .toEqual(['Tartous'])
  await page.reload()
  await expect.poll(async () => (await highlights.painted()).length).toBe(1)
})
