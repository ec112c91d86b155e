/**
 * Page object for backup and restore: the "Your data" buttons in the reading settings panel,
 * and the restore confirmation with `Replace everything`.
 */
import type { Locator, Page } from '@playwright/test'
import { ReaderPage } from './reader-page'

export class BackupPage {
  readonly backUpButton: Locator
  readonly restoreButton: Locator
  readonly dialog: Locator
  readonly replaceButton: Locator
  readonly alert: Locator

  constructor(readonly page: Page) {
    const panel = new ReaderPage(page).settingsPanel
    this.backUpButton = panel.getByRole('button', { name: 'Back up everything' })
    this.restoreButton = panel.getByRole('button', { name: 'Restore from backup' })
    this.dialog = page.getByRole('dialog', { name: 'Restore from backup' })
    this.replaceButton = this.dialog.getByRole('button', { name: 'Replace everything' })
    this.alert = this.dialog.getByRole('alert')
  }

  async openPanel(): Promise<void> {
    await new ReaderPage(this.page).openSettings()
  }
}
