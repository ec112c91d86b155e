/**
 * Page object for importing annotations: the toolbar's `Import annotations` button, the
 * confirmation that says what the file holds, `Import` and `Cancel`, and the alert for a file
 * that cannot be imported.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export class ImportDialogPage {
  readonly button: Locator
  readonly dialog: Locator
  readonly summary: Locator
  readonly alert: Locator
  readonly importButton: Locator
  readonly cancelButton: Locator
  readonly closeButton: Locator

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Import annotations' })
    this.dialog = page.getByRole('dialog', { name: 'Import annotations' })
    this.summary = this.dialog.locator('.import-summary')
    this.alert = this.dialog.getByRole('alert')
    this.importButton = this.dialog.getByRole('button', { name: 'Import', exact: true })
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel' })
    this.closeButton = this.dialog.getByRole('button', { name: 'Close' }).last()
  }

  /** Press Import and wait for the dialog to close. */
  async confirm(): Promise<void> {
    await this.importButton.click()
    await expect(this.dialog).toBeHidden()
  }
}
