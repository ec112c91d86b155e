/**
 * Edit > Undo and Redo in the desktop app's menu, clicked as a reader would: with no field
 * focused they undo Gloss's last change (here: a new highlight); in the note field they undo
 * the typing and leave the highlight alone. Runs only in the `electron` project.
 */
import { join } from 'node:path'
import { readBundledArticle } from '../src/main/article/bundled-article'
import type { Article } from '../src/shared/article'
import { expect, test } from './fixtures'
import { HighlightsPage } from './pages/highlight-toolbar'
import { SidebarPage } from './pages/sidebar-page'
import type { GlossApp } from './support/app'
import type { ElectronGlossApp } from './support/electron-app'

let seed: Article
test.beforeAll(async () => {
  const result = await readBundledArticle(join(__dirname, '..', 'resources', 'articles'))
  if (!result.ok) throw new Error(result.error.message)
  seed = result.value
})

function span(passage: string): { start: number; end: number } {
  const start = seed.text.indexOf(passage)
  return { start, end: start + passage.length }
}

/** Click an item of the native menu by its id, as a reader's click does. */
async function clickMenuItem(gloss: GlossApp, id: 'undo' | 'redo'): Promise<void> {
  if (!('electron' in gloss)) throw new Error('electron-menu.spec.ts runs only on Electron.')
  await (gloss as ElectronGlossApp).electron.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId)
    if (!item) throw new Error(`no menu item ${itemId}`)
    item.click()
  }, id)
}

test.describe('Edit menu', () => {
  test('Undo and Redo take back and redo a new highlight', async ({ gloss }) => {
    const highlights = new HighlightsPage(gloss.page)
    await highlights.drag(span('Tartous'))
    await gloss.page.keyboard.press('h')
    await expect.poll(async () => (await highlights.painted()).length).toBe(1)
    await clickMenuItem(gloss, 'undo')
    await expect.poll(async () => (await highlights.painted()).length).toBe(0)
    await clickMenuItem(gloss, 'redo')
    await expect.poll(async () => (await highlights.painted()).length).toBe(1)
  })

  test('in the note field, Undo undoes the typing and keeps the highlight', async ({ gloss }) => {
    const highlights = new HighlightsPage(gloss.page)
    await highlights.drag(span('Tartous'))
    await gloss.page.keyboard.press('n')
    const sidebar = new SidebarPage(gloss.page)
    await expect(sidebar.noteField).toBeFocused()
    await sidebar.noteField.pressSequentially('A naval base')
    await clickMenuItem(gloss, 'undo')
    await expect(sidebar.noteField).not.toHaveValue('A naval base')
    expect(await highlights.painted()).toHaveLength(1)
  })
})
