/**
 * The library screen as a reader meets it: its list of articles (a listbox whose options are
 * the rows), the shelf tabs, the sort and filters, and the notice with Undo.
 */
import type { Locator, Page } from '@playwright/test'

export class LibraryPage {
  readonly heading: Locator
  readonly list: Locator
  readonly rows: Locator
  readonly notice: Locator

  constructor(readonly page: Page) {
    this.heading = page.locator('h1.library-title')
    this.list = page.getByRole('listbox')
    // Rows whose article has loaded: a virtual list shows "Loading article N of M" placeholders
    // (aria-busy) for a moment, and a click on one of those would open nothing.
    this.rows = this.list.locator('[role="option"]:not([aria-busy="true"])')
    this.notice = page.getByRole('status').filter({ hasText: /moved to Trash|restored|archived/ })
  }

  async goto(): Promise<void> {
    await this.page.goto('#/library')
    await this.heading.waitFor()
  }

  /** The titles of the rows, top to bottom (the rows in view: enough for small libraries). */
  async titles(): Promise<string[]> {
    return this.rows.locator('.title').allTextContents()
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title })
  }

  async shelf(name: 'Library' | 'Archive' | 'Trash'): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }
}
