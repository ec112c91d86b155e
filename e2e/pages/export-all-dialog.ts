/**
 * Page object for Export all: the library's `Export all…` button, the dialog's `Export as`
 * choices, its progress and result lines, and the question about files the reader changed.
 */
import type { Locator, Page } from '@playwright/test'

export class ExportAllDialogPage {
  readonly openButton: Locator
  readonly dialog: Locator
  readonly targets: Locator
  readonly exportButton: Locator
  readonly status: Locator
  readonly alert: Locator

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Export all…' })
    this.dialog = page.getByRole('dialog', { name: 'Export all' })
    this.targets = this.dialog.getByRole('radiogroup', { name: 'Export as' })
    this.exportButton = this.dialog.getByRole('button', { name: 'Export', exact: true })
    this.status = this.dialog.getByRole('status')
    this.alert = this.dialog.getByRole('alert')
  }

  async open(): Promise<void> {
    await this.openButton.click()
    await this.dialog.waitFor()
  }

  /** @param label - the start of a choice's label: `Markdown files, as one ZIP`, `CSV` */
  async choose(label: string): Promise<void> {
    await this.targets.getByRole('radio', { name: label }).check()
  }
}
