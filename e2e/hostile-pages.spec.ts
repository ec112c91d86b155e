/**
 * Hostile pages (fixtures/hostile, and the huge ones made here): each is added as a reader
 * would add it, and then no script of it has run (each would set `window.__hostile`), no
 * request left the app, nothing was logged as an error, its text is shown, and the reader
 * still works (a passage can be highlighted). A `.html` that is really a ZIP is refused with a
 * reason. Runs on the web host, and on Electron where its binary exists.
 */
import { readdirSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { pickFiles } from './support/file-dialogs'
import { leavingRequests } from './support/requests'

const HOSTILE = join(__dirname, '..', 'fixtures', 'hostile')
const pages = readdirSync(HOSTILE).filter((name) => name.endsWith('.html'))

const paragraph = (i: number): string =>
  `<p>Paragraph ${i} of a page made to be large, with enough words to be read as an article.</p>`

/** Pages too large to keep in the repository, made for the test. */
const MADE: Readonly<Record<string, () => string>> = {
  'hundred-thousand-elements.html': () =>
    `<!doctype html><title>A hundred thousand elements</title><h1>A hundred thousand elements</h1>` +
    Array.from(
      { length: 2000 },
      (_, i) =>
        `<p>${Array.from({ length: 49 }, (_, j) => `<span>w${i}.${j}</span>`).join(' ')}</p>`,
    ).join(''),
  'ten-thousand-levels.html': () =>
    `<!doctype html><title>Ten thousand levels</title><h1>Ten thousand levels</h1>` +
    `${'<div>'.repeat(10_000)}${paragraph(1)}${'</div>'.repeat(10_000)}${paragraph(2)}`,
  'twenty-five-megabytes.html': () =>
    `<!doctype html><title>Twenty-five megabytes</title><h1>Twenty-five megabytes</h1>` +
    `${paragraph(1)}<script>window.__hostile = '${'x'.repeat(25 * 1024 * 1024)}'</script>${paragraph(2)}`,
}

async function hostileRan(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as { __hostile?: unknown }).__hostile)
}

/** Canonical offsets of 12 characters in the middle of the article's longest block. */
async function middlePassage(page: Page): Promise<{ start: number; end: number }> {
  return page.evaluate(() => {
    const doc = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }
    }
    const texts = Array.from(
      doc.document.querySelectorAll('article [data-block]'),
      (b) => b.textContent ?? '',
    )
    let start = 0
    let best = { start: 0, length: 0 }
    for (const text of texts) {
      if (text.length > best.length) best = { start, length: text.length }
      start += text.length + 2
    }
    const from = best.start + Math.floor(best.length / 2) - 6
    return { start: from, end: from + 12 }
  })
}

async function add(gloss: { page: Page } & Parameters<typeof pickFiles>[0], path: string) {
  await pickFiles(gloss, [path], () =>
    gloss.page.getByRole('button', { name: 'Add articles' }).first().click(),
  )
}

test.describe('hostile pages', () => {
  for (const name of [...pages, ...Object.keys(MADE)]) {
    test(`${name}: no script, no request, its text shown, the reader still works`, async ({
      gloss,
    }) => {
      test.setTimeout(120_000)
      let path = join(HOSTILE, name)
      if (MADE[name]) {
        path = join(await mkdtemp(join(tmpdir(), 'gloss-hostile-')), name)
        await writeFile(path, MADE[name]())
      }
      const before = gloss.page.url()
      await add(gloss, path)
      await expect(gloss.page).not.toHaveURL(before, { timeout: 60_000 })
      const article = gloss.page.locator('article')
      await expect(article.locator('h1')).toBeVisible()
      expect((await article.innerText()).length).toBeGreaterThan(40)

      const highlights = new HighlightsPage(gloss.page)
      const passage = await middlePassage(gloss.page)
      await gloss.page.locator('article [data-block]').nth(1).scrollIntoViewIfNeeded()
      await highlights.drag(passage)
      await gloss.page.keyboard.press('h')
      await expect.poll(async () => (await highlights.painted()).length).toBe(1)

      expect(await hostileRan(gloss.page)).toBeUndefined()
      expect(await gloss.page.title()).not.toBe('pwned')
      expect(leavingRequests(gloss.requests, gloss.page.url())).toEqual([])
      expect(gloss.errors).toEqual([])
    })
  }

  test('a .html that is really a ZIP is refused, saying why', async ({ gloss }) => {
    const path = join(await mkdtemp(join(tmpdir(), 'gloss-hostile-')), 'story.html')
    await writeFile(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0]))
    await add(gloss, path)
    const report = gloss.page.getByRole('status').filter({ hasText: 'Not added' })
    await expect(report).toContainText('“story.html” looks like a ZIP archive, not a web page.')
    expect(leavingRequests(gloss.requests, gloss.page.url())).toEqual([])
  })
})
