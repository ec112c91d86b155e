/**
 * Export all, as a reader leaves for a notes app: highlights on the sample article and on two
 * articles they added (one with a note full of quotes, commas, a pipe, backticks and a leading
 * `=`), then the library's `Export all…` as one ZIP. The download, unzipped here, holds one
 * Markdown file per article, named after its title, whose front matter is valid YAML and whose
 * blockquotes are that article's highlights, the note as it was typed. Runs on the web host
 * (a download) and on Electron where its binary exists (the ZIP choice, through the native
 * save dialog).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import MarkdownIt from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import { expect, test } from './fixtures'
import { ExportAllDialogPage } from './pages/export-all-dialog'
import { HighlightsPage } from './pages/highlight-toolbar'
import { LibraryPage } from './pages/library-page'
import { ReaderPage } from './pages/reader-page'
import { SidebarPage } from './pages/sidebar-page'
import { catchSavedFile, pickFiles } from './support/file-dialogs'

const ADDING = join(__dirname, '..', 'fixtures', 'adding')
const NOTE = 'A "quoted" word, a comma | a pipe, `code`\n=1+1 stays text'

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

async function highlight(page: Page, passage: string, note?: string): Promise<void> {
  const highlights = new HighlightsPage(page)
  const before = (await highlights.painted()).length
  await highlights.drag(await spanOf(page, passage))
  if (note === undefined) {
    await page.keyboard.press('h')
  } else {
    const sidebar = new SidebarPage(page)
    await page.keyboard.press('n')
    await sidebar.noteField.fill(note)
    await expect(sidebar.noteStatus).toHaveText('Saved')
    await sidebar.region.getByRole('button', { name: 'Done' }).click()
  }
  await expect.poll(async () => (await highlights.painted()).length).toBe(before + 1)
}

/** The text of each blockquote of a Markdown file, as markdown-it renders it. */
function blockquotes(markdown: string): string[] {
  const tokens = new MarkdownIt('commonmark').parse(markdown, {})
  const quotes: string[] = []
  let depth = 0
  for (const token of tokens) {
    if (token.type === 'blockquote_open' && depth++ === 0) quotes.push('')
    else if (token.type === 'blockquote_close') depth--
    else if (depth > 0 && token.type === 'inline') quotes[quotes.length - 1] += token.content
  }
  return quotes
}

test('Export all as a ZIP holds one Markdown file per article, with its highlights', async ({
  gloss,
}, testInfo) => {
  test.slow()
  const page = gloss.page
  const library = new LibraryPage(page)
  await expect(page.locator('article h1')).toBeVisible()
  await highlight(page, 'Tartous')

  await library.goto()
  await pickFiles(gloss, [join(ADDING, 'plain-notes.txt'), join(ADDING, 'front-matter.md')], () =>
    page.getByRole('button', { name: 'Add articles' }).first().click(),
  )
  await expect(library.row('Notes from the train')).toBeVisible()
  await expect(library.row('Notes on slow reading')).toBeVisible()

  await library.row('Notes from the train').click()
  await highlight(page, 'first paragraph of plain text', NOTE)
  await library.goto()
  await library.row('Notes on slow reading').click()
  await highlight(page, 'Reading slowly')

  await library.goto()
  const exporter = new ExportAllDialogPage(page)
  await exporter.open()
  await exporter.choose('Markdown files, as one ZIP')
  await expect(exporter.targets.getByRole('radio', { name: /as one ZIP/ })).toBeChecked()
  await new ReaderPage(page).screenshot('export-all-dialog', false)
  const saved = await catchSavedFile(gloss, testInfo.outputPath('export-all'), () =>
    exporter.exportButton.click(),
  )
  expect(saved.name).toMatch(/^Gloss library \d{4}-\d\d-\d\d\.zip$/)
  await expect(exporter.status).toHaveText(
    `Exported 3 articles with 3 highlights to ${saved.name}.`,
  )
  await new ReaderPage(page).screenshot('export-all-done', false)

  const entries = unzipSync(new Uint8Array(await readFile(saved.path)))
  const files = Object.fromEntries(
    Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]),
  )
  expect(Object.keys(files).sort()).toEqual(
    [
      'Notes from the train.md',
      'Notes on slow reading.md',
      expect.stringMatching(/^Putin .*\.md$/),
    ].sort(),
  )
  const expected: Record<string, { title: string | RegExp; quotes: string[] }> = {
    'Notes from the train.md': {
      title: 'Notes from the train',
      quotes: ['first paragraph of plain text'],
    },
    'Notes on slow reading.md': { title: 'Notes on slow reading', quotes: ['Reading slowly'] },
  }
  for (const [name, text] of Object.entries(files)) {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)
    expect(front, name).not.toBeNull()
    const meta = parseYaml(front![1]) as Record<string, unknown>
    const body = text.slice(front![0].length)
    const want = expected[name] ?? { title: /^Putin/, quotes: ['Tartous'] }
    expect(meta.title).toEqual(
      typeof want.title === 'string' ? want.title : expect.stringMatching(want.title),
    )
    expect(blockquotes(body)).toEqual(want.quotes)
  }
  for (const line of NOTE.split('\n')) expect(files['Notes from the train.md']).toContain(line)
})
