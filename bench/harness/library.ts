/**
 * A profile whose library holds `size` real articles (`pages/probes/real-library.ts`), made
 * from the pages of `fixtures/readability-pages` (the first 10 in quick mode) by Gloss's own
 * extraction, for the metrics that open the app's library on it (12, 13). Writing thousands of
 * real bodies takes a while (about 5 ms an article on this machine), so the profile is made once
 * a run and shared: each metric opens its own pages in it and closes them; the profile closes
 * with the browser at the end of the run. Metrics use it in file order, and none measures what
 * an earlier one changed (13 opens its article, which marks it opened; 12 only reads).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { bundledArticle } from './app'
import { loadLab, VIEWPORT } from './lab'
import { count } from './rows'
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
  /** The newest article: the page whose text is closest in length to the bundled article's. */
  readonly target: TargetArticle
}

const profiles = new Map<number, Promise<LibraryProfile>>()

/**
 * The run's profile with `size` real articles, made on first use.
 *
 * @param context - the run's browser and server
 * @param size - how many articles its library holds
 */
export function libraryProfile(context: BenchContext, size: number): Promise<LibraryProfile> {
  let profile = profiles.get(size)
  if (profile === undefined) {
    profile = makeLibraryProfile(context, size)
    profiles.set(size, profile)
  }
  return profile
}

/** The fixture pages' markup, by file name, in name order. */
function fixturePages(root: string, count: number | undefined): { name: string; html: string }[] {
  const dir = join(root, 'fixtures', 'readability-pages')
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .slice(0, count)
    .map((name) => ({
      name: `${name}.html`,
      html: readFileSync(join(dir, name, 'source.html'), 'utf8'),
    }))
}

async function makeLibraryProfile(context: BenchContext, size: number): Promise<LibraryProfile> {
  const browserContext = await context.browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await browserContext.newPage()
    const call = await loadLab(context, page, 1)
    for (const fixture of fixturePages(context.paths.root, context.quick ? 10 : undefined)) {
      await call('real-library', 'loadPage', fixture)
    }
    const started = performance.now()
    const pages = await call<number>('real-library', 'extractPages')
    const extracted = performance.now()
    const characters = (await bundledArticle(context)).text.length
    const library = await call<{ stored: number; pictureBytes: number; target: TargetArticle }>(
      'real-library',
      'seedRealLibrary',
      size,
      characters,
    )
    if (library.stored !== size) {
      throw new Error(`The library holds ${library.stored} articles, not ${size}.`)
    }
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
    context.note(
      `the library: ${pages} pages extracted in ${seconds(extracted - started)}, ` +
        `${count(size)} articles stored in ${seconds(performance.now() - extracted)} ` +
        `(with ${(library.pictureBytes / 1e6).toFixed(1)} MB of pictures)`,
    )
    // Its heap (the extracted pages) would share a process with the app's pages measured next.
    await page.close()
    return { browserContext, target: library.target }
  } catch (error) {
    await browserContext.close()
    throw error
  }
}

/** The class of the library's scroller, the listbox of `LibraryList.vue`. */
export const LIBRARY_LIST_CLASS = 'library-list'
export const LIBRARY_LIST = `.${LIBRARY_LIST_CLASS}`

/**
 * Open the app's library (`#/library`) in `page`, or reload it there, and wait for its first
 * rows.
 *
 * @param context - the run's server
 * @param page - a page of the profile
 */
export async function openLibrary(context: BenchContext, page: Page): Promise<void> {
  if (page.url().startsWith(`${context.origin}/#/library`)) await page.reload()
  else await page.goto(`${context.origin}/#/library`)
  await page.locator(`${LIBRARY_LIST} [role="option"]`).first().waitFor()
}
