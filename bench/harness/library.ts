/**
 * A fresh profile whose library holds `size` real articles (`pages/probes/real-library.ts`),
 * made from the pages of `fixtures/readability-pages` by Gloss's own extraction, for the
 * metrics that open the app's library on it (12, 13). The page is left on the lab page: navigate
 * it to the app next.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { loadLab, VIEWPORT } from './lab'
import type { BenchContext } from './types'

/** The article stored as the newest row (`TargetArticle` in the probe). */
export interface TargetArticle {
  readonly id: string
  readonly title: string
  readonly characters: number
  readonly blocks: number
}

export interface LibraryProfile {
  readonly browserContext: BrowserContext
  readonly page: Page
  /** How many pages gave an article. */
  readonly pages: number
  /** Bytes of the pictures stored with every copy. */
  readonly pictureBytes: number
  readonly target: TargetArticle
  close(): Promise<void>
}

/** The fixture pages' markup, by file name. */
function fixturePages(root: string): { name: string; html: string }[] {
  const dir = join(root, 'fixtures', 'readability-pages')
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: `${entry.name}.html`,
      html: readFileSync(join(dir, entry.name, 'source.html'), 'utf8'),
    }))
}

/**
 * @param context - the run's browser and server
 * @param size - how many articles to store
 * @param targetCharacters - the newest article is the page whose text is closest to this length
 */
export async function libraryProfile(
  context: BenchContext,
  size: number,
  targetCharacters: number,
): Promise<LibraryProfile> {
  const browserContext = await context.browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await browserContext.newPage()
    const call = await loadLab(context, page, 1)
    for (const fixture of fixturePages(context.paths.root)) {
      await call('real-library', 'loadPage', fixture)
    }
    const pages = await call<number>('real-library', 'extractPages')
    const library = await call<{ stored: number; pictureBytes: number; target: TargetArticle }>(
      'real-library',
      'seedRealLibrary',
      size,
      targetCharacters,
    )
    if (library.stored !== size) {
      throw new Error(`The library holds ${library.stored} articles, not ${size}.`)
    }
    return {
      browserContext,
      page,
      pages,
      pictureBytes: library.pictureBytes,
      target: library.target,
      close: () => browserContext.close(),
    }
  } catch (error) {
    await browserContext.close()
    throw error
  }
}
