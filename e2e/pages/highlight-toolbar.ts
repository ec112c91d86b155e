/**
 * Page objects for highlighting in the article: selecting a passage with a real mouse drag, the
 * toolbar beside the selection, a highlight's popover, the painted ranges read back from
 * `CSS.highlights`, and the "Highlight deleted · Undo" notice.
 */
import type { Locator, Page } from '@playwright/test'
import { passagePoints, readPaintedRanges, type PaintedRange } from './article-text'

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type Color = (typeof COLORS)[number]

/** Highlight names the app paints with: one per colour, the focus and the flash. */
const COLOR_HIGHLIGHTS = COLORS.map((color) => `gloss-${color}`)

export class HighlightsPage {
  readonly toolbar: Locator
  readonly popover: Locator
  readonly notice: Locator

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Highlight selection' })
    this.popover = page.getByRole('dialog', { name: 'Highlight' })
    this.notice = page.locator('.annotation-notice')
  }

  /**
   * Select `[start, end)` of the canonical text by dragging the mouse across it.
   *
   * @param span - canonical offsets
   * @param options - `toolbar: false` when no toolbar is expected (while choosing a passage)
   */
  async drag(span: { start: number; end: number }, { toolbar = true } = {}): Promise<void> {
    // Web fonts arriving reflow the text: measure once the type and the layout are settled.
    await this.page.evaluate(async () => {
      const page = globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }
      await page.document.fonts.ready
    })
    let points = await this.page.evaluate(passagePoints, span)
    for (;;) {
      await this.page.waitForTimeout(50)
      const again = await this.page.evaluate(passagePoints, span)
      if (JSON.stringify(again) === JSON.stringify(points)) break
      points = again
    }
    const { from, to } = points
    await this.page.mouse.move(from.x, from.y)
    await this.page.mouse.down()
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 })
    await this.page.mouse.move(to.x, to.y, { steps: 5 })
    await this.page.mouse.up()
    // The app takes the selection on its own schedule: keys pressed before it has (h, n)
    // would find nothing selected on a busy machine.
    if (toolbar) await this.toolbar.waitFor({ state: 'visible' })
  }

  /** The selected text in the page. */
  async selectedText(): Promise<string> {
    return this.page.evaluate(() =>
      String((globalThis as unknown as { getSelection(): unknown }).getSelection()),
    )
  }

  /** @param color - the colour whose toolbar button to press */
  toolbarColor(color: Color): Locator {
    return this.toolbar.getByRole('button', { name: `Highlight ${color}`, exact: true })
  }

  /** @param color - the colour whose popover button to press */
  popoverColor(color: Color): Locator {
    return this.popover.getByRole('button', { name: `Colour ${color}`, exact: true })
  }

  /** Every painted highlight (colours only), in reading order. */
  async painted(): Promise<PaintedRange[]> {
    return this.page.evaluate(readPaintedRanges, COLOR_HIGHLIGHTS)
  }

  /** The focused highlight's painted range, if any. */
  async focused(): Promise<PaintedRange | undefined> {
    return (await this.page.evaluate(readPaintedRanges, ['gloss-focus']))[0]
  }

  /**
   * Click the middle of a painted passage.
   *
   * @param span - canonical offsets inside a highlight
   */
  async click(span: { start: number; end: number }): Promise<void> {
    const { middle } = await this.page.evaluate(passagePoints, span)
    await this.page.mouse.click(middle.x, middle.y)
  }
}
