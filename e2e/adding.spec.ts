/**
 * Adding articles, every way a reader would try: Add articles… with one file or many, a page
 * with its pictures, files dropped on the window, a paste outside any field; and the library
 * they land in: opening, the keyboard, Trash with Undo, duplicates, and a restart. Runs on the
 * web host, and on Electron where its binary exists.
 */
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { LibraryPage } from './pages/library-page'
import { pickFiles } from './support/file-dialogs'
import { leavingRequests } from './support/requests'

const ADDING = join(__dirname, '..', 'fixtures', 'adding')
const HARBOUR_MHTML = join(ADDING, 'harbour.mhtml')
const HARBOUR_PAGE = join(ADDING, 'saved-complete', 'Harbour.html')
const MARKDOWN = join(ADDING, 'front-matter.md')
const TEXT = join(ADDING, 'plain-notes.txt')

const addButton = (page: Page) => page.getByRole('button', { name: 'Add articles' }).first()
const headline = (page: Page) => page.locator('article h1')
const hostileRan = (page: Page) =>
  page.evaluate(() => (globalThis as { __hostile?: unknown }).__hostile)

/** The article's pictures: how many loaded from `blob:` URLs, and the placeholders' labels. */
async function pictures(page: Page): Promise<{ loaded: number; placeholders: string[] }> {
  const images = page.locator('article img')
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() =>
        image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBeGreaterThan(0)
    expect(await image.getAttribute('src')).toMatch(/^blob:/)
  }
  const placeholders = await page
    .locator('article .image-placeholder')
    .evaluateAll((spans) =>
      spans.map((span) => (span as unknown as { dataset: { label: string } }).dataset.label),
    )
  return { loaded: await images.count(), placeholders }
}

test.describe('adding articles', () => {
  test('adds a page saved as a single file, with its picture, and keeps it across a restart', async ({
    gloss,
  }) => {
    await pickFiles(gloss, [HARBOUR_MHTML], () => addButton(gloss.page).click())
    await expect(headline(gloss.page)).toHaveText('The harbour at dawn')
    await expect(gloss.page).toHaveURL(/#\/article\/[0-9a-f-]{36}$/)
    const article = gloss.page.locator('article')
    await expect(article).toContainText('By Ana Lopes')
    await expect(article).toContainText('By eight the fish is sold')
    // The page's navigation and footer are not the article.
    await expect(article).not.toContainText('© Coast Weekly')
    expect(await pictures(gloss.page)).toEqual({
      loaded: 1,
      placeholders: ['The quay (Picture from images.coast.example, not kept offline)'],
    })
    expect(await hostileRan(gloss.page)).toBeUndefined()
    expect(leavingRequests(gloss.requests, gloss.page.url())).toEqual([])
    expect(gloss.errors).toEqual([])

    const address = gloss.page.url()
    const page = await gloss.restart()
    // Two articles now (the sample and this one): the library is the first screen.
    const library = new LibraryPage(page)
    await expect(library.heading).toHaveText('Library')
    await expect(library.rows).toHaveCount(2)
    await library.row('The harbour at dawn').click()
    await expect(headline(page)).toHaveText('The harbour at dawn')
    expect(page.url()).toBe(address)
    expect((await pictures(page)).loaded).toBe(1)
  })

  test('adds a page saved complete with the pictures of its folder', async ({ gloss }) => {
    test.skip(
      gloss.kind === 'web',
      'A browser cannot read the folder beside a picked file; the desktop app does (and the web host takes the folder when it is dropped with the page).',
    )
    await pickFiles(gloss, [HARBOUR_PAGE], () => addButton(gloss.page).click())
    await expect(headline(gloss.page)).toHaveText('The harbour at dawn')
    expect((await pictures(gloss.page)).loaded).toBe(1)
    expect(await hostileRan(gloss.page)).toBeUndefined()
  })

  test('adds several files at once into the library, and says why one was refused', async ({
    gloss,
  }) => {
    const zip = join(tmpdir(), `gloss-e2e-${Date.now()}-archive.html`)
    await writeFile(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]))
    await pickFiles(gloss, [HARBOUR_PAGE, MARKDOWN, TEXT, zip], () => addButton(gloss.page).click())
    const library = new LibraryPage(gloss.page)
    await expect(library.heading).toHaveText('Library')
    await expect(gloss.page).toHaveURL(/#\/library$/)
    await expect(library.rows).toHaveCount(4)
    const report = gloss.page.getByRole('status').filter({ hasText: 'Added 3 of 4 files' })
    await expect(report).toContainText('looks like a ZIP archive')
    await report.getByRole('button', { name: 'Close' }).click()
    await expect(report).toHaveCount(0)
    expect(leavingRequests(gloss.requests, gloss.page.url())).toEqual([])
  })

  test('adding a page already in the library says so and opens the one there', async ({
    gloss,
  }) => {
    await pickFiles(gloss, [HARBOUR_MHTML], () => addButton(gloss.page).click())
    await expect(headline(gloss.page)).toHaveText('The harbour at dawn')
    const first = gloss.page.url()
    await pickFiles(gloss, [HARBOUR_MHTML], () => addButton(gloss.page).click())
    const report = gloss.page.getByRole('status').filter({ hasText: 'Not added' })
    await expect(report).toContainText(
      'is already in your library as “The harbour at dawn” (same address)',
    )
    await report.getByRole('button', { name: 'Open it' }).click()
    expect(gloss.page.url()).toBe(first)
    await new LibraryPage(gloss.page).goto()
    await expect(new LibraryPage(gloss.page).rows).toHaveCount(2)
  })

  test('adds files dropped on the window', async ({ gloss }) => {
    const page = gloss.page
    await page.evaluate(() => {
      const doc = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } }
        File: new (parts: string[], name: string, options: { type: string }) => unknown
        DragEvent: new (type: string, init: object) => unknown
        dispatchEvent(event: unknown): boolean
        glossDrop: unknown
      }
      const transfer = new doc.DataTransfer()
      transfer.items.add(
        new doc.File(
          ['# Dropped notes\n\nA *Markdown* file, dropped on the window.'],
          'dropped.md',
          {
            type: 'text/markdown',
          },
        ),
      )
      doc.glossDrop = transfer
      doc.dispatchEvent(new doc.DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }))
      doc.dispatchEvent(
        new doc.DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      )
    })
    await expect(page.getByText('Drop to add to your library')).toBeVisible()
    await page.evaluate(() => {
      const doc = globalThis as unknown as {
        DragEvent: new (type: string, init: object) => unknown
        dispatchEvent(event: unknown): boolean
        glossDrop: unknown
      }
      doc.dispatchEvent(
        new doc.DragEvent('drop', { dataTransfer: doc.glossDrop, bubbles: true, cancelable: true }),
      )
    })
    await expect(page.getByText('Drop to add to your library')).toHaveCount(0)
    await expect(headline(page)).toHaveText('Dropped notes')
    await expect(page.locator('article em')).toHaveText('Markdown')
  })

  test('adds what is pasted outside any field as a new article', async ({ gloss }) => {
    const page = gloss.page
    await page.evaluate(() => {
      const doc = globalThis as unknown as {
        DataTransfer: new () => { setData(type: string, value: string): void }
        ClipboardEvent: new (type: string, init: object) => unknown
        document: { dispatchEvent(event: unknown): boolean }
      }
      const data = new doc.DataTransfer()
      data.setData(
        'text/html',
        '<h2>A pasted passage</h2><p>Copied from a page, <a href="https://example.org/">with a link</a> <img src="x" onerror="window.__hostile=1">.</p>',
      )
      data.setData('text/plain', 'A pasted passage\n\nCopied from a page, with a link.')
      doc.document.dispatchEvent(
        new doc.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
    })
    await expect(headline(page)).toHaveText('A pasted passage')
    await expect(page.locator('article a')).toHaveText('with a link')
    expect(await hostileRan(page)).toBeUndefined()
    expect(leavingRequests(gloss.requests, page.url())).toEqual([])
  })
})

test.describe('the library', () => {
  test('opens with the keyboard, moves an article to Trash with Undo, and keeps it there across a restart', async ({
    gloss,
  }) => {
    await pickFiles(gloss, [HARBOUR_PAGE, MARKDOWN], () => addButton(gloss.page).click())
    const library = new LibraryPage(gloss.page)
    await expect(library.rows).toHaveCount(3)
    await library.list.focus()
    await gloss.page.keyboard.press('j')
    await gloss.page.keyboard.press('k')
    await gloss.page.keyboard.press('Enter')
    await expect(headline(gloss.page)).toBeVisible()
    const opened = await headline(gloss.page).textContent()
    // Alt+Left (and the toolbar's Library button) go back to the library.
    await gloss.page.keyboard.press('Alt+ArrowLeft')
    await expect(library.heading).toHaveText('Library')

    const title = (await library.titles())[0]
    expect(title).toBe(opened)
    await library.list.focus()
    await gloss.page.keyboard.press('Home')
    await gloss.page.keyboard.press('Delete')
    await expect(library.rows).toHaveCount(2)
    const notice = gloss.page.getByRole('status').filter({ hasText: 'moved to Trash' })
    await notice.getByRole('button', { name: 'Undo' }).click()
    await expect(library.rows).toHaveCount(3)
    await library.list.focus()
    await gloss.page.keyboard.press('Home')
    await gloss.page.keyboard.press('Delete')
    await expect(library.rows).toHaveCount(2)

    const page = await gloss.restart()
    const again = new LibraryPage(page)
    await expect(again.rows).toHaveCount(2)
    await again.shelf('Trash')
    await expect(again.rows).toHaveCount(1)
    await expect(again.rows.first()).toContainText(title)
  })
})
