/**
 * Page object for the Annotations sidebar: the toggle button, the article note, the filters, the
 * count, the cards (with the note editor inside one) and the passages not found.
 */
import type { Locator, Page } from '@playwright/test'

export class SidebarPage {
  readonly button: Locator
  readonly region: Locator
  readonly articleNote: Locator
  readonly search: Locator
  readonly tagFilter: Locator
  readonly count: Locator
  readonly cards: Locator
  readonly noteField: Locator
  readonly tagsField: Locator
  /** Whether the note being edited is saved: `Saved`, `Saving…` or why not. */
  readonly noteStatus: Locator
  readonly articleNoteStatus: Locator
  readonly notFound: Locator

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Annotations', exact: true })
    this.region = page.getByRole('complementary', { name: 'Annotations' })
    this.articleNote = this.region.getByRole('textbox', { name: 'Article note' })
    this.search = this.region.getByRole('searchbox', { name: 'Search annotations' })
    this.tagFilter = this.region.getByRole('combobox', { name: 'Filter by tag' })
    this.count = this.region.locator('.count')
    this.cards = this.region.locator('.annotation-card')
    this.noteField = this.region.getByRole('textbox', { name: 'Note', exact: true })
    this.tagsField = this.region.getByRole('combobox', { name: 'Tags' })
    this.noteStatus = this.region.locator('.note-editor [role="status"]')
    this.articleNoteStatus = this.region.locator('.article-note [role="status"]')
    this.notFound = this.region.getByRole('region', { name: 'Passages not found' })
  }

  async open(): Promise<void> {
    if ((await this.button.getAttribute('aria-expanded')) !== 'true') await this.button.click()
    await this.region.waitFor()
  }

  /** @param quote - the start of a card's quote */
  card(quote: string): Locator {
    return this.cards.filter({ hasText: quote })
  }

  /** @param color - which colour filter to toggle */
  colorFilter(color: string): Locator {
    return this.region.getByRole('button', { name: `Show ${color}` })
  }
}
