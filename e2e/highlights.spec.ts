/**
 * Highlights and notes, as a reader makes them: a real mouse drag and `h`, the toolbar, a
 * passage across paragraphs and one in a caption, a note with Markdown and hostile HTML, a
 * restart on the same profile, delete and undo, and the keyboard alone. Painted highlights are
 * read back from `CSS.highlights` as canonical offsets. Runs on the web host, and on Electron
 * where its binary exists (skipped with the reason otherwise, by the `gloss` fixture).
 */
import { join } from 'node:path'
import { readBundledArticle } from '../src/main/article/bundled-article'
import type { Article } from '../src/shared/article'
import { expect, test } from './fixtures'
import { leavingRequests } from './support/requests'
import { blankRightOfLine } from './pages/article-text'
import { HighlightsPage } from './pages/highlight-toolbar'
import { ReaderPage } from './pages/reader-page'
import { SidebarPage } from './pages/sidebar-page'

let seed: Article
test.beforeAll(async () => {
  const result = await readBundledArticle(join(__dirname, '..', 'resources', 'articles'))
  if (!result.ok) throw new Error(result.error.message)
  seed = result.value
})

const PRIDE = 'The motherland is proud of you'

/** Canonical offsets of the `occurrence`th (1-based) occurrence of `passage` in the seed. */
function span(passage: string, occurrence = 1): { start: number; end: number } {
  let start = -1
  for (let i = 0; i < occurrence; i++) start = seed.text.indexOf(passage, start + 1)
  if (start === -1) throw new Error(`"${passage}" does not occur ${occurrence} times`)
  return { start, end: start + passage.length }
}

/** Canonical offsets from the start of one passage to the end of another. */
function spanBetween(first: string, last: string): { start: number; end: number } {
  const start = seed.text.indexOf(first)
  return { start, end: seed.text.indexOf(last, start) + last.length }
}

/** What is painted, as `colour [start, end) text`, for readable comparisons. */
async function paintedSummary(highlights: HighlightsPage): Promise<string[]> {
  return (await highlights.painted()).map(
    (p) => `${p.name.replace('gloss-', '')} [${p.start}, ${p.end}) ${p.text}`,
  )
}

/**
 * The summary expected for a passage: a Range's text spans blocks without the canonical
 * separator between them.
 */
function summary(color: string, { start, end }: { start: number; end: number }): string {
  return `${color} [${start}, ${end}) ${seed.text.slice(start, end).replaceAll('\n\n', '')}`
}

test.describe('highlights', () => {
  test('a mouse drag over the second pull quote and h paints exactly that occurrence', async ({
    gloss,
  }) => {
    const highlights = new HighlightsPage(gloss.page)
    await highlights.drag(span(PRIDE, 2))
    expect(await highlights.selectedText()).toBe(PRIDE)
    await expect(highlights.toolbar).toBeVisible()
    for (const name of ['yellow', 'green', 'blue', 'pink', 'purple']) {
      await expect(
        highlights.toolbar.getByRole('button', { name: `Highlight ${name}` }),
      ).toBeVisible()
    }
    await expect(highlights.toolbar.getByRole('button', { name: 'Add note' })).toBeVisible()
    await expect(highlights.toolbar.getByRole('button', { name: 'Copy' })).toBeVisible()
    await new ReaderPage(gloss.page).screenshot('highlight-toolbar', false)

    await gloss.page.keyboard.press('h')
    await expect.poll(() => paintedSummary(highlights)).toEqual([summary('yellow', span(PRIDE, 2))])
    await expect(highlights.toolbar).toBeHidden()
    expect(gloss.errors).toEqual([])
  })

  test('highlights across two paragraphs, in a caption, and over another highlight', async ({
    gloss,
  }) => {
    const highlights = new HighlightsPage(gloss.page)
    const across = spanBetween('Various international forces', 'In a televised speech')
    await highlights.drag(across)
    await highlights.toolbarColor('green').click()
    const caption = 'watch troops marching at the Hmeymim air base'
    await highlights.drag(span(caption))
    await highlights.toolbarColor('blue').click()
    const inside = 'claims of defeating ISIS'
    await highlights.drag(span(inside))
    await highlights.toolbarColor('pink').click()

    await expect
      .poll(() => paintedSummary(highlights))
      .toEqual([
        summary('blue', span(caption)),
        summary('green', across),
        summary('pink', span(inside)),
      ])
    // Highlighting the same passage again recolours it instead of adding a second one.
    await highlights.drag(span(caption))
    await highlights.toolbarColor('purple').click()
    await expect.poll(async () => (await highlights.painted()).length).toBe(3)
    expect((await highlights.painted()).find((p) => p.text === caption)?.name).toBe('gloss-purple')
    await new ReaderPage(gloss.page).screenshot('highlights-light', false)
  })

  test('a note renders Markdown and runs none of the HTML typed into it', async ({ gloss }) => {
    const highlights = new HighlightsPage(gloss.page)
    const sidebar = new SidebarPage(gloss.page)
    await highlights.drag(span('Tartous'))
    await highlights.toolbar.getByRole('button', { name: 'Add note' }).click()
    await expect(sidebar.noteField).toBeFocused()
    await sidebar.noteField.pressSequentially(
      'A **naval base** <img src=x onerror=window.__pwned=1> kept',
    )
    await expect(sidebar.noteStatus).toHaveText('Saved')
    await sidebar.tagsField.fill('russia, ports')
    await sidebar.tagsField.press('Enter')
    await sidebar.region.getByRole('button', { name: 'Done' }).click()

    const card = sidebar.card('Tartous')
    await expect(card.locator('strong')).toHaveText('naval base')
    await expect(card).toContainText('<img src=x onerror=window.__pwned=1>')
    await expect(card.getByRole('list', { name: 'Tags' })).toHaveText(/#russia\s*#ports/)
    expect(await gloss.page.locator('img[src="x"], .annotation-sidebar img').count()).toBe(0)
    expect(await gloss.page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBe(
      undefined,
    )
    expect(gloss.requests.filter((url) => /\/x$/.test(url))).toEqual([])
    expect(leavingRequests(gloss.requests, gloss.page.url())).toEqual([])
    expect(gloss.errors).toEqual([])
    await new ReaderPage(gloss.page).screenshot('sidebar', false)
  })

  test('after a restart every highlight is painted on the same text and the note is there', async ({
    gloss,
  }) => {
    let highlights = new HighlightsPage(gloss.page)
    await highlights.drag(span(PRIDE, 2))
    await gloss.page.keyboard.press('n')
    const sidebar = new SidebarPage(gloss.page)
    await sidebar.noteField.fill('Said to the **troops**')
    await sidebar.noteField.blur()
    await expect(sidebar.noteStatus).toHaveText('Saved')
    await highlights.drag(span('Declaring a victory over ISIS in Syria'))
    await highlights.toolbarColor('purple').click()
    await sidebar.articleNote.fill('Compare with the **Reuters** wire')
    await sidebar.articleNote.blur()
    await expect(sidebar.articleNoteStatus).toHaveText('Saved')
    const before = await highlights.painted()
    expect(before).toHaveLength(2)

    const page = await gloss.restart()
    highlights = new HighlightsPage(page)
    await expect.poll(() => highlights.painted()).toEqual(before)
    const after = new SidebarPage(page)
    await after.open()
    await expect(after.card(PRIDE).locator('strong')).toHaveText('troops')
    await expect(after.articleNote).toHaveValue('Compare with the **Reuters** wire')
    await expect(after.count).toHaveText('2 highlights')
  })

  test('a note, a tag and an article note typed just before quitting are there after a restart', async ({
    gloss,
  }) => {
    // Each is typed and the app quit at once, well within the 600 ms autosave delay, with the
    // field still focused (leaving it would save it).
    await new HighlightsPage(gloss.page).drag(span('Tartous'))
    await gloss.page.keyboard.press('n')
    let sidebar = new SidebarPage(gloss.page)
    await sidebar.noteField.fill('A naval base, typed a moment before quitting')
    sidebar = new SidebarPage(await gloss.restart())
    await sidebar.open()
    const card = sidebar.card('Tartous')
    await expect(card).toContainText('A naval base, typed a moment before quitting')

    await card.getByRole('button', { name: 'Edit note' }).click()
    await sidebar.tagsField.fill('ports')
    sidebar = new SidebarPage(await gloss.restart())
    await sidebar.open()
    await expect(sidebar.card('Tartous').getByRole('list', { name: 'Tags' })).toHaveText('#ports')

    await sidebar.articleNote.fill('Typed, then quit at once')
    sidebar = new SidebarPage(await gloss.restart())
    await sidebar.open()
    await expect(sidebar.articleNote).toHaveValue('Typed, then quit at once')
    expect(gloss.errors).toEqual([])
  })

  test('deleting from the popover says so, and Ctrl+Z brings the highlight back', async ({
    gloss,
  }) => {
    const highlights = new HighlightsPage(gloss.page)
    await highlights.drag(span(PRIDE, 2))
    await gloss.page.keyboard.press('h')
    await expect.poll(() => paintedSummary(highlights)).toEqual([summary('yellow', span(PRIDE, 2))])
    await highlights.click(span(PRIDE, 2))
    await expect(highlights.popover).toBeVisible()
    await expect(highlights.popoverColor('yellow')).toHaveAttribute('aria-pressed', 'true')
    await new ReaderPage(gloss.page).screenshot('highlight-popover', false)
    await highlights.popover.getByRole('button', { name: 'Delete' }).click()
    await expect.poll(() => highlights.painted()).toEqual([])
    await expect(highlights.notice).toContainText('Highlight deleted')
    await expect(highlights.notice.getByRole('button', { name: 'Undo' })).toBeVisible()

    await gloss.page.keyboard.press('Control+z')
    await expect.poll(() => paintedSummary(highlights)).toEqual([summary('yellow', span(PRIDE, 2))])
    await gloss.page.keyboard.press('Control+Shift+z')
    await expect.poll(() => highlights.painted()).toEqual([])
  })

  test('a click in the blank space right of a highlighted line opens nothing', async ({
    gloss,
  }) => {
    const page = gloss.page
    const paragraph = spanBetween('Russia launched its air campaign', 'four-decade rule.')
    const highlights = new HighlightsPage(page)
    await highlights.drag(paragraph)
    await page.keyboard.press('h')
    await expect.poll(async () => (await highlights.painted()).length).toBe(1)

    // Chromium names the ranges under a point; a browser that cannot falls back on the caret,
    // which snaps to the line's end, inside the highlight. Both must see the blank as blank.
    for (const pointApi of ['highlightsFromPoint', 'caret only']) {
      if (pointApi === 'caret only') {
        await page.addInitScript(() => {
          const registry = globalThis as unknown as { HighlightRegistry: { prototype: object } }
          delete (registry.HighlightRegistry.prototype as { highlightsFromPoint?: unknown })
            .highlightsFromPoint
        })
        await page.reload()
        await expect.poll(async () => (await highlights.painted()).length).toBe(1)
      }
      await highlights.click(paragraph)
      await expect(highlights.popover, pointApi).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(highlights.popover).toBeHidden()
      const blank = await page.evaluate(blankRightOfLine, 'gloss-yellow')
      expect(blank, 'a line of the passage that ends short of the column').not.toBeNull()
      await page.mouse.click(blank!.x, blank!.y)
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            (
              globalThis as unknown as { requestAnimationFrame(f: () => void): void }
            ).requestAnimationFrame(() => resolve(null)),
          ),
      )
      await expect(highlights.popover, pointApi).toBeHidden()
    }
    expect(gloss.errors).toEqual([])
  })

  test('the keyboard alone: [ and ] move the focus, 1-5 recolour, Delete removes', async ({
    gloss,
  }) => {
    const highlights = new HighlightsPage(gloss.page)
    for (const passage of ['Moscow and Damascus', 'Hmeymim airbase', 'Tartous']) {
      await highlights.drag(span(passage))
      await gloss.page.keyboard.press('h')
    }
    await expect.poll(async () => (await highlights.painted()).length).toBe(3)
    // A new highlight is painted at once and takes focus once it is saved: wait for that, or
    // the Escape below could come first and the focus arrive after it.
    await expect.poll(async () => (await highlights.focused())?.text).toBe('Tartous')
    await gloss.page.keyboard.press('Escape')
    await gloss.page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    )
    await expect.poll(async () => (await highlights.focused())?.text).toBeUndefined()

    const press = async (key: string) => gloss.page.keyboard.press(key)
    await press(']')
    await expect.poll(async () => (await highlights.focused())?.text).toBe('Moscow and Damascus')
    await press(']')
    await expect.poll(async () => (await highlights.focused())?.text).toBe('Hmeymim airbase')
    await press(']')
    await press('[')
    await expect.poll(async () => (await highlights.focused())?.text).toBe('Hmeymim airbase')
    await press('3')
    await expect
      .poll(
        async () => (await highlights.painted()).find((p) => p.text === 'Hmeymim airbase')?.name,
      )
      .toBe('gloss-blue')
    await press('5')
    await expect
      .poll(
        async () => (await highlights.painted()).find((p) => p.text === 'Hmeymim airbase')?.name,
      )
      .toBe('gloss-purple')
    await press('Delete')
    await expect
      .poll(async () => (await highlights.painted()).map((p) => p.text))
      .toEqual(['Moscow and Damascus', 'Tartous'])
    await expect(highlights.notice).toContainText('Highlight deleted')
    await press('Control+z')
    await expect.poll(async () => (await highlights.painted()).length).toBe(3)
    expect(gloss.errors).toEqual([])
  })

  test('screenshots: highlights and the sidebar in the dark theme, and on a narrow window', async ({
    gloss,
  }) => {
    const reader = new ReaderPage(gloss.page)
    const highlights = new HighlightsPage(gloss.page)
    const sidebar = new SidebarPage(gloss.page)
    await reader.chooseTheme('Dark')
    await reader.closeSettings()
    const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
    const passages = ['Various international forces', 'claims of defeating ISIS', 'In a televised']
    for (const [i, passage] of passages.entries()) {
      await highlights.drag(span(passage))
      await highlights.toolbarColor(colors[i]).click()
    }
    await highlights.drag(span('excellent'))
    await highlights.toolbarColor('pink').click()
    await highlights.drag(span('Russian soldier'))
    await highlights.toolbarColor('purple').click()
    await expect.poll(async () => (await highlights.painted()).length).toBe(5)
    await reader.screenshot('highlights-dark', false)
    await sidebar.open()
    await reader.screenshot('sidebar-dark', false)

    if (gloss.kind === 'web') {
      await gloss.page.setViewportSize({ width: 420, height: 860 })
      await expect(sidebar.region).toBeVisible()
      expect(await reader.horizontalOverflow()).toBe(0)
      const box = await sidebar.region.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(420)
      await reader.screenshot('sidebar-narrow-420', false)
    }
    expect(gloss.errors).toEqual([])
  })

  test('the sidebar filters, shows a card’s passage, and keeps a passage that is gone', async ({
    gloss,
  }) => {
    const highlights = new HighlightsPage(gloss.page)
    const sidebar = new SidebarPage(gloss.page)
    await highlights.drag(span('Tartous'))
    await highlights.toolbarColor('blue').click()
    await highlights.drag(span('Various international forces'))
    await highlights.toolbarColor('green').click()
    await sidebar.open()
    await expect(sidebar.count).toHaveText('2 highlights')
    await expect(sidebar.cards.first()).toContainText('Various international forces')
    await sidebar.colorFilter('blue').click()
    await expect(sidebar.count).toHaveText('1 of 2 highlights shown')
    await sidebar.colorFilter('blue').click()
    await sidebar.search.fill('tartous')
    await expect(sidebar.cards).toHaveCount(1)
    await sidebar.search.fill('')

    await gloss.page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    )
    await sidebar.card('Tartous').click()
    await expect.poll(async () => (await highlights.focused())?.text).toBe('Tartous')
    const flashed = await gloss.page.evaluate(() => {
      const css = (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS
      return css.highlights.get('gloss-flash')?.size
    })
    expect(flashed).toBe(1)

    // A passage the article no longer has (stored against an earlier text of the article).
    await gloss.page.evaluate(
      ([articleId]) =>
        new Promise<void>((resolve, reject) => {
          const page = globalThis as unknown as { indexedDB: IDBFactoryLike }
          const request = page.indexedDB.open('gloss')
          request.onsuccess = () => {
            const tx = request.result.transaction('annotations', 'readwrite')
            tx.objectStore('annotations').put({
              ...{ id: 'gone', articleId, color: 'pink', note: 'Read **this** again', tags: [] },
              ...{ createdAt: 1, updatedAt: 1 },
              target: {
                quote: { exact: 'A sentence the article lost', prefix: '', suffix: '' },
                position: { start: 10, end: 38 },
              },
            })
            tx.oncomplete = () => resolve()
            tx.onerror = () => reject(tx.error)
          }
        }),
      [seed.id],
    )
    // Written behind the app's back, as a previous version left it: seen from the next start.
    await gloss.page.reload()
    await sidebar.open()
    await expect(sidebar.notFound).toBeVisible()
    await expect(sidebar.notFound).toContainText('A sentence the article lost')
    await expect(sidebar.notFound.locator('strong')).toHaveText('this')
    expect(await highlights.painted()).toHaveLength(2)
    await sidebar.notFound.getByRole('button', { name: 'Delete' }).click()
    await expect(sidebar.notFound).toBeHidden()
  })
})

/** The slice of IndexedDB the test above uses, typed structurally (e2e has no DOM types). */
interface IDBFactoryLike {
  open(name: string): {
    result: {
      transaction(
        store: string,
        mode: string,
      ): {
        objectStore(name: string): { put(value: unknown): void }
        oncomplete: () => void
        onerror: () => void
        error: unknown
      }
    }
    onsuccess: () => void
  }
}
