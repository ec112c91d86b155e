/**
 * Export and import, as a reader does them: three highlights with notes exported through the
 * dialog as Markdown and as Web Annotation JSON-LD, the saved files read back and checked, then
 * the JSON-LD imported into a fresh profile, where the same passages are painted with their
 * notes; and a truncated file refused with an alert, nothing changed. A Markdown export, edited
 * as a notes app would, comes back through Import in a fresh profile (and is "already here" in
 * the one it came from); one whose quote was deleted is refused. Runs on the web host, and
 * on Electron where its binary exists (its native dialogs answered by e2e/support/file-dialogs).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { readBundledArticle } from '../src/main/article/bundled-article'
import type { Article } from '../src/shared/article'
import { catchSavedFile, pickFile } from './support/file-dialogs'
import { expect, test } from './support/fresh-app'
import { ExportDialogPage } from './pages/export-dialog'
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

/** Canonical offsets of the `occurrence`th (1-based) occurrence of `passage` in the seed. */
function span(passage: string, occurrence = 1): { start: number; end: number } {
  let start = -1
  for (let i = 0; i < occurrence; i++) start = seed.text.indexOf(passage, start + 1)
  if (start === -1) throw new Error(`"${passage}" does not occur ${occurrence} times`)
  return { start, end: start + passage.length }
}

const PRIDE = 'The motherland is proud of you'
const VICTORY = 'Declaring a victory over ISIS in Syria'
/** Highlighted in this order; the article has them in the order VICTORY, PRIDE, Tartous. */
const HIGHLIGHTS = [
  { passage: 'Tartous', occurrence: 1, note: 'Russia keeps its *naval* base' },
  { passage: PRIDE, occurrence: 2, note: 'Said to the troops' },
  { passage: VICTORY, occurrence: 1, note: 'A victory claimed, again' },
]
const IN_READING_ORDER = [HIGHLIGHTS[2], HIGHLIGHTS[1], HIGHLIGHTS[0]]

async function highlightWithNote(page: Page, passage: string, occurrence: number, note: string) {
  const highlights = new HighlightsPage(page)
  const sidebar = new SidebarPage(page)
  await highlights.drag(span(passage, occurrence))
  await highlights.toolbar.getByRole('button', { name: 'Add note' }).click()
  await expect(sidebar.noteField).toBeFocused()
  await sidebar.noteField.fill(note)
  await expect(sidebar.noteStatus).toHaveText('Saved')
  await sidebar.region.getByRole('button', { name: 'Done' }).click()
}

test.describe('export and import', () => {
  test('three highlights go out as Markdown and JSON-LD and come back whole in a fresh profile', async ({
    gloss,
    launchFreshApp,
  }, testInfo) => {
    const page = gloss.page
    for (const { passage, occurrence, note } of HIGHLIGHTS) {
      await highlightWithNote(page, passage, occurrence, note)
    }
    const painted = await new HighlightsPage(page).painted()
    expect(painted.map((p) => p.text)).toEqual(IN_READING_ORDER.map((h) => h.passage))

    const exporter = new ExportDialogPage(page)
    await exporter.open()
    await expect(exporter.formats.getByRole('radio', { name: 'Markdown' })).toBeChecked()
    await expect(exporter.preview).toContainText(`> ${VICTORY}`)
    await new ReaderPage(page).screenshot('export-dialog', false)
    const folder = testInfo.outputPath('exports')
    const markdown = await catchSavedFile(gloss, folder, () => exporter.save())
    expect(markdown.name).toMatch(/\.md$/)
    await expect(exporter.status).toHaveText(`Saved ${markdown.name}`)

    const md = await readFile(markdown.path, 'utf8')
    expect(md.startsWith('---\n')).toBe(true)
    const front = parseYaml(md.slice(4, md.indexOf('\n---\n', 3))) as Record<string, unknown>
    expect(front).toMatchObject({ title: seed.title, highlights: 3, notes: 3 })
    const quotes = md.split('\n').filter((line) => line.startsWith('> '))
    expect(quotes).toEqual(IN_READING_ORDER.map((h) => `> ${h.passage}`))
    // Each note sits under its own quote, before the next one.
    const at = (text: string): number => md.indexOf(text)
    for (const [i, { passage, note }] of IN_READING_ORDER.entries()) {
      expect(at(note)).toBeGreaterThan(at(`> ${passage}`))
      const next = IN_READING_ORDER[i + 1]
      if (next) expect(at(note)).toBeLessThan(at(`> ${next.passage}`))
    }

    await exporter.choose('Web Annotation (JSON-LD)')
    await expect(exporter.preview).toContainText('"type": "AnnotationCollection"')
    const jsonLd = await catchSavedFile(gloss, folder, () => exporter.save())
    expect(jsonLd.name).toMatch(/\.jsonld$/)
    const collection = JSON.parse(await readFile(jsonLd.path, 'utf8'))
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.total).toBe(3)
    const items = collection.first.items as {
      body: { value: string; purpose: string }[]
      target: { selector: { exact?: string }[] }
    }[]
    expect(items.map((item) => item.target.selector[0].exact)).toEqual(
      IN_READING_ORDER.map((h) => h.passage),
    )
    expect(items.map((item) => item.body.find((b) => b.purpose === 'commenting')?.value)).toEqual(
      IN_READING_ORDER.map((h) => h.note),
    )
    await exporter.close()
    await expect(exporter.button).toBeFocused()

    // A fresh profile: nothing there yet.
    const fresh = await launchFreshApp()
    const importer = new ImportDialogPage(fresh.page)
    const freshHighlights = new HighlightsPage(fresh.page)
    expect(await freshHighlights.painted()).toEqual([])
    await pickFile(fresh, { path: jsonLd.path }, () => importer.button.click())
    await expect(importer.summary).toHaveText('3 annotations: 3 new.')
    await expect(importer.dialog).toContainText('Import adds 3 annotations to this article.')
    await new ReaderPage(fresh.page).screenshot('import-confirmation', false)
    await importer.confirm()
    await expect(fresh.page.locator('.annotation-notice')).toContainText('Imported 3 annotations')
    await expect.poll(() => freshHighlights.painted()).toEqual(painted)
    const sidebar = new SidebarPage(fresh.page)
    await sidebar.open()
    await expect(sidebar.count).toHaveText('3 highlights')
    for (const { passage, note } of HIGHLIGHTS) {
      await expect(sidebar.card(passage)).toContainText(note.replaceAll('*', ''))
    }

    // The same file again: nothing new.
    await pickFile(fresh, { path: jsonLd.path }, () => importer.button.click())
    await expect(importer.summary).toHaveText('3 annotations: 0 new, 3 already here.')
    await expect(importer.importButton).toBeDisabled()
    await importer.cancelButton.click()
    await expect(importer.dialog).toBeHidden()

    // A truncated file: the reason in an alert, nothing changed.
    const text = await readFile(jsonLd.path, 'utf8')
    const truncated = { name: 'cut.jsonld', text: text.slice(0, Math.floor(text.length / 2)) }
    await pickFile(fresh, truncated, () => importer.button.click())
    await expect(importer.alert).toHaveText(
      'The file is not valid JSON (it may be truncated): it ends before all its brackets and quotes are closed.',
    )
    await new ReaderPage(fresh.page).screenshot('import-refused', false)
    await importer.closeButton.click()
    await expect(importer.dialog).toBeHidden()
    await expect(sidebar.count).toHaveText('3 highlights')
    expect(await freshHighlights.painted()).toEqual(painted)
    expect(fresh.errors).toEqual([])
    expect(gloss.errors).toEqual([])
  })

  test('a Markdown export edited in a notes app comes back through Import, its highlights found by their block ids', async ({
    gloss,
    launchFreshApp,
  }, testInfo) => {
    const page = gloss.page
    for (const { passage, occurrence, note } of HIGHLIGHTS.slice(0, 2)) {
      await highlightWithNote(page, passage, occurrence, note)
    }
    const painted = await new HighlightsPage(page).painted()
    const exporter = new ExportDialogPage(page)
    await exporter.open()
    const saved = await catchSavedFile(gloss, testInfo.outputPath('exports'), () => exporter.save())
    await exporter.close()
    const md = await readFile(saved.path, 'utf8')
    expect(md.match(/^\^gloss-[0-9a-f-]{36}$/gm)).toHaveLength(2)

    // The file as Obsidian leaves it after the reader edited a note and added a tag.
    const edited = md
      .replace('Said to the troops', 'Said to the troops, on camera')
      .replace(/(\n\nSaid to the troops, on camera)/, '$1\n\nTags: #speech')
    expect(edited).toContain('Tags: #speech')
    const fresh = await launchFreshApp()
    const importer = new ImportDialogPage(fresh.page)
    await pickFile(fresh, { name: 'Putin in Syria.md', text: edited }, () =>
      importer.button.click(),
    )
    await expect(importer.summary).toHaveText('2 annotations: 2 new.')
    await importer.confirm()
    await expect(fresh.page.locator('.annotation-notice')).toContainText('Imported 2 annotations')
    const freshHighlights = new HighlightsPage(fresh.page)
    await expect.poll(() => freshHighlights.painted()).toEqual(painted)
    const sidebar = new SidebarPage(fresh.page)
    await sidebar.open()
    await expect(sidebar.card(PRIDE)).toContainText('Said to the troops, on camera')
    await expect(sidebar.card(PRIDE)).toContainText('speech')
    await expect(sidebar.card('Tartous')).toContainText('Russia keeps its naval base')

    // Back into the profile it came from: every highlight is already there.
    const importerHere = new ImportDialogPage(page)
    await pickFile(gloss, { path: saved.path }, () => importerHere.button.click())
    await expect(importerHere.summary).toHaveText('2 annotations: 0 new, 2 already here.')
    await importerHere.cancelButton.click()

    // A highlight whose quote was deleted in the notes app: refused, nothing changed.
    const broken = md.replace(/^> The motherland is proud of you\n/m, '')
    await pickFile(fresh, { name: 'broken.md', text: broken }, () => importer.button.click())
    await expect(importer.alert).toContainText(
      'has no quote: the block quote above its block id is missing.',
    )
    await importer.closeButton.click()
    await expect(sidebar.count).toHaveText('2 highlights')
    expect(fresh.errors).toEqual([])
    expect(gloss.errors).toEqual([])
  })

  test('Ctrl+Shift+E opens the export dialog; the filter option exports only what it shows', async ({
    gloss,
  }, testInfo) => {
    test.skip(
      gloss.kind === 'electron',
      'In the desktop app Ctrl+Shift+E is the File > Export menu accelerator, not a page key: ' +
        'src/main/menu.test.ts checks it; the journeys above cover the export dialog itself.',
    )
    const page = gloss.page
    await highlightWithNote(page, 'Tartous', 1, 'A port')
    await highlightWithNote(page, 'Hmeymim air base', 1, 'An air base')
    const sidebar = new SidebarPage(page)
    await sidebar.search.fill('port')
    await expect(sidebar.count).toHaveText('1 of 2 highlights shown')

    await page.keyboard.press('Control+Shift+E')
    const exporter = new ExportDialogPage(page)
    await expect(exporter.dialog).toBeVisible()
    const only = exporter.option('Only the annotations shown by the current filter')
    await expect(only).toBeEnabled()
    await only.check()
    await exporter.option('Include notes').uncheck()
    await exporter.choose('Plain text')
    await expect(exporter.preview).not.toContainText('A port')
    await page.setViewportSize({ width: 420, height: 860 })
    await new ReaderPage(page).screenshot('export-dialog-narrow', false)
    const saved = await catchSavedFile(gloss, testInfo.outputPath('exports'), () => exporter.save())
    const text = await readFile(saved.path, 'utf8')
    expect(text).toContain('Tartous')
    expect(text).not.toContain('Hmeymim')
    expect(text).not.toContain('A port')
  })
})
