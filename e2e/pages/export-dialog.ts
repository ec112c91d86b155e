/**
 * Page object for the export dialog: the toolbar's `Export` button, the `Format` radio group,
 * the options, the preview, `Save` and `Copy to clipboard`, and the status and alert lines.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export type ExportFormatLabel =
  'Markdown' | 'Web Annotation (JSON-LD)' | 'HTML' | 'CSV' | 'Plain text'

export class ExportDialogPage {
  readonly button: Locator
  readonly dialog: Locator
  readonly formats: Locator
  readonly preview: Locator
  readonly status: Locator
  readonly alert: Locator
  readonly saveButton: Locator
  readonly copyButton: Locator

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Export', exact: true })
    this.dialog = page.getByRole('dialog', { name: 'Export annotations' })
    this.formats = this.dialog.getByRole('radiogroup', { name: 'Format' })
    this.preview = this.dialog.getByRole('region', { name: 'Preview' })
    this.status = this.dialog.getByRole('status')
    this.alert = this.dialog.getByRole('alert')
    this.saveButton = this.dialog.getByRole('button', { name: 'Save', exact: true })
    this.copyButton = this.dialog.getByRole('button', { name: 'Copy to clipboard' })
  }

  async open(): Promise<void> {
    await this.button.click()
    await expect(this.dialog).toBeVisible()
  }

  /** @param label - the format's label in the radio group */
  async choose(label: ExportFormatLabel): Promise<void> {
    await this.formats.getByRole('radio', { name: label, exact: true }).check()
  }

  /** @param label - an option's label, e.g. `Include notes` */
  option(label: string): Locator {
    return this.dialog.getByRole('checkbox', { name: label })
  }

  /** Press Save and wait until the dialog says the file was saved. */
  async save(): Promise<void> {
    await this.saveButton.click()
    await expect(this.status).toHaveText(/^Saved /)
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await expect(this.dialog).toBeHidden()
  }
}
