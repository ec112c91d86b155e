/**
 * Page object for the reading view: the article and its blocks, the photos and the lightbox,
 * the reading settings panel, the reader's place, and screenshots. Specs say what a reader does;
 * this file knows how the page is built.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

export type ThemeName = 'Light' | 'Sepia' | 'Dark' | 'System'

/** Where the screenshots a person looks at are written. */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-results', 'screenshots')

/** The database the renderer opens (`DATABASE_NAME` in src/renderer/src/db/database.ts). */
const DATABASE_NAME = 'gloss'

export interface SavedPosition {
  readonly blockId: string
  readonly blockFraction: number
}

/*
 * The parts of the page's window that the in-page functions below use. E2E code is compiled
 * without DOM types (it runs in Node), so they are declared here, structurally.
 */
interface PageElement {
  readonly dataset: Record<string, string | undefined>
  readonly textContent: string | null
  closest(selector: string): PageElement | null
  getBoundingClientRect(): { readonly top: number; readonly bottom: number }
  matches(selector: string): boolean
}

interface PageRequest<T> {
  readonly result: T
  readonly error: unknown
  onsuccess: (() => void) | null
  onerror: (() => void) | null
}

interface PageDatabase {
  transaction(store: string): { objectStore(name: string): { getAll(): PageRequest<unknown[]> } }
  close(): void
}

interface PageWindow {
  readonly document: {
    readonly documentElement: PageElement & {
      readonly scrollWidth: number
      readonly clientWidth: number
    }
    readonly fonts: { readonly ready: Promise<unknown> }
    querySelector(selector: string): PageElement | null
    querySelectorAll(selector: string): Iterable<PageElement>
  }
  readonly scrollY: number
  readonly indexedDB: { open(name: string): PageRequest<PageDatabase> }
  getComputedStyle(element: PageElement): {
    readonly scrollPaddingTop: string
    readonly fontSize: string
    readonly outlineStyle: string
    readonly outlineWidth: string
  }
  scrollTo(options: { top: number; behavior: 'instant' }): void
  requestAnimationFrame(callback: () => void): number
}

export class ReaderPage {
  readonly article: Locator
  readonly blocks: Locator
  readonly photos: Locator
  readonly photoButtons: Locator
  readonly lightbox: Locator
  readonly settingsButton: Locator
  readonly settingsPanel: Locator
  readonly fontSize: Locator
  readonly progress: Locator

  constructor(readonly page: Page) {
    this.article = page.locator('article')
    this.blocks = this.article.locator('[data-block]')
    this.photos = this.article.locator('figure img')
    this.photoButtons = this.article.locator('figure button')
    this.lightbox = page.getByRole('dialog', { name: 'Photo' })
    this.settingsButton = page.getByRole('button', { name: 'Reading settings' })
    this.settingsPanel = page.getByRole('dialog', { name: 'Reading settings' })
    this.fontSize = this.settingsPanel.getByRole('slider', { name: 'Font size' })
    this.progress = page.getByRole('progressbar', { name: 'Reading progress' })
  }

  themeOption(theme: ThemeName): Locator {
    return this.settingsPanel.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', {
      name: theme,
      exact: true,
    })
  }

  /** The `data-block` id and exact text (every text node) of each block, in order. */
  async blockTexts(): Promise<{ id: string; text: string }[]> {
    return this.blocks.evaluateAll((elements: PageElement[]) =>
      elements.map((element) => ({
        id: element.dataset.block ?? '',
        text: element.textContent ?? '',
      })),
    )
  }

  async openSettings(): Promise<void> {
    if (!(await this.settingsPanel.isVisible())) await this.settingsButton.click()
    await expect(this.settingsPanel).toBeVisible()
  }

  async closeSettings(): Promise<void> {
    await this.settingsPanel.press('Escape')
    await expect(this.settingsPanel).toBeHidden()
  }

  async chooseTheme(theme: ThemeName): Promise<void> {
    await this.openSettings()
    await this.themeOption(theme).check()
  }

  /** @param px - a size the slider offers */
  async chooseFontSize(px: number): Promise<void> {
    await this.openSettings()
    await this.fontSize.fill(String(px))
    await expect(this.settingsPanel.getByText(`${px} px`)).toBeVisible()
  }

  /** The theme painted on the page (`data-theme` of the root element). */
  async paintedTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme')
  }

  /** The reading progress bar's value, 0 to 100. */
  async progressPercent(): Promise<number> {
    return Number(await this.progress.getAttribute('aria-valuenow'))
  }

  /** Resolves when the page's web fonts have loaded, so screenshots show the real type. */
  async fontsLoaded(): Promise<void> {
    await this.page.evaluate(async () => {
      await (globalThis as unknown as PageWindow).document.fonts.ready
    })
  }

  /** The computed font size of body paragraphs, in CSS pixels. */
  async bodyFontSize(): Promise<number> {
    const size = await this.article
      .locator('p:not(.dek):not(.attribution)')
      .first()
      .evaluate(
        (p: PageElement) => (globalThis as unknown as PageWindow).getComputedStyle(p).fontSize,
      )
    return parseFloat(size)
  }

  /** @param image - an `<img>` locator; 0 until the image has loaded and decoded */
  async naturalWidth(image: Locator): Promise<number> {
    return image.evaluate((img: { naturalWidth: number }) => img.naturalWidth)
  }

  /** Whether an element shows the keyboard focus ring, and how it is drawn. */
  async focusRing(element: Locator): Promise<{ visible: boolean; style: string; width: number }> {
    return element.evaluate((target: PageElement) => {
      const style = (globalThis as unknown as PageWindow).getComputedStyle(target)
      return {
        visible: target.matches(':focus-visible'),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      }
    })
  }

  /** How many pixels the page is wider than the window (0: no sideways scrolling). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => {
      const root = (globalThis as unknown as PageWindow).document.documentElement
      return root.scrollWidth - root.clientWidth
    })
  }

  /**
   * From the next load on, record the theme in force just before the first frame is painted
   * (a requestAnimationFrame callback runs right before its frame); read it with
   * `firstFrameTheme`.
   */
  async recordFirstFrameTheme(): Promise<void> {
    await this.page.addInitScript(() => {
      const page = globalThis as unknown as PageWindow
      page.requestAnimationFrame(() => {
        const root = page.document.documentElement
        root.dataset.firstFrameTheme = root.dataset.theme ?? 'none'
      })
    })
  }

  async firstFrameTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-first-frame-theme')
  }

  /**
   * Scroll so a block sits some way below the reading line, as a reader leaves it.
   *
   * @param blockId - the block's `data-block` id
   * @param offset - pixels of the block already scrolled past the reading line
   */
  async scrollToBlock(blockId: string, offset: number): Promise<void> {
    await this.page.evaluate(
      ([id, by]) => {
        const page = globalThis as unknown as PageWindow
        const line = parseFloat(
          page.getComputedStyle(page.document.documentElement).scrollPaddingTop,
        )
        const block = page.document.querySelector(`[data-block="${id}"]`)!
        const box = block.closest('figure') ?? block
        page.scrollTo({
          top: page.scrollY + box.getBoundingClientRect().top - (line || 0) + by,
          behavior: 'instant',
        })
      },
      [blockId, offset] as const,
    )
  }

  /** The block at the reading line, and how many pixels of it lie above the line. */
  async placeOnScreen(): Promise<{ blockId: string; pixelsAbove: number }> {
    return this.page.evaluate(() => {
      const page = globalThis as unknown as PageWindow
      const line =
        parseFloat(page.getComputedStyle(page.document.documentElement).scrollPaddingTop) || 0
      for (const block of page.document.querySelectorAll('article [data-block]')) {
        const rect = (block.closest('figure') ?? block).getBoundingClientRect()
        if (rect.bottom > line)
          return { blockId: block.dataset.block!, pixelsAbove: line - rect.top }
      }
      throw new Error('No block on screen')
    })
  }

  /** The reading position stored in IndexedDB, read the way the app stores it. */
  async savedPosition(): Promise<SavedPosition | undefined> {
    return this.page.evaluate(
      (name) =>
        new Promise<SavedPosition | undefined>((resolve, reject) => {
          const request = (globalThis as unknown as PageWindow).indexedDB.open(name)
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const db = request.result
            const read = db.transaction('readingPositions').objectStore('readingPositions').getAll()
            read.onsuccess = () => {
              db.close()
              resolve(read.result[0] as SavedPosition | undefined)
            }
          }
        }),
      DATABASE_NAME,
    )
  }

  /**
   * @param name - file name without extension, under test-results/screenshots/
   * @param fullPage - the whole page (default), or only the window as the reader sees it
   */
  async screenshot(name: string, fullPage = true): Promise<string> {
    await mkdir(SCREENSHOT_DIR, { recursive: true })
    const path = join(SCREENSHOT_DIR, `${name}.png`)
    await this.page.screenshot({ path, fullPage, animations: 'disabled' })
    return path
  }
}
