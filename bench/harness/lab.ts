/**
 * The Node side of the lab page (`bench/pages/`): open it in a fresh browser context and call
 * the functions its probes export. A probe is a module in `bench/pages/probes/`, named by its
 * file name; its functions run in the page and return plain data.
 */
import type { Page } from '@playwright/test'
import type { BenchContext } from './types'

/** Page-side functions, as the lab page exposes them on `globalThis`. */
interface LabGlobal {
  benchProbes: Record<string, Record<string, (...args: unknown[]) => unknown>>
}

export interface Lab {
  readonly page: Page
  /**
   * Run a probe's function in the page and return its (awaited) result.
   *
   * @param probe - the probe's file name in `bench/pages/probes/`, without `.ts`
   * @param fn - the exported function
   * @param args - JSON-serialisable arguments
   */
  call<T>(probe: string, fn: string, ...args: unknown[]): Promise<T>
  close(): Promise<void>
}

/** The viewport of every bench page: the e2e tests' window size. */
export const VIEWPORT = { width: 1280, height: 860 }

/**
 * Open the lab page on the long article, in a fresh browser context.
 *
 * @param context - the run's browser and server
 * @param copies - how many copies of the seed the long article holds
 */
export async function openLab(context: BenchContext, copies = 100): Promise<Lab> {
  const browserContext = await context.browser.newContext({ viewport: VIEWPORT })
  const page = await browserContext.newPage()
  const call = await loadLab(context, page, copies)
  return { page, call, close: () => browserContext.close() }
}

/**
 * Load the lab page into a page already open (e.g. to write the app's database in the profile
 * the app will then be opened in).
 *
 * @param context - the run's server
 * @param page - the page to load it into
 * @param copies - how many copies of the seed the long article holds
 * @returns calls a probe's function in the page, as `Lab.call`
 */
export async function loadLab(
  context: BenchContext,
  page: Page,
  copies: number,
): Promise<Lab['call']> {
  const errors: string[] = []
  const onError = (error: Error): void => void errors.push(error.message)
  page.on('pageerror', onError)
  await page.goto(`${context.origin}/bench/index.html?copies=${copies}`)
  await page.waitForSelector('html[data-lab-ready]', { timeout: 30_000 }).catch(() => {
    throw new Error(`The lab page did not start: ${errors.join('; ') || 'no error reported'}`)
  })
  page.off('pageerror', onError)
  return <T>(probe: string, fn: string, ...args: unknown[]) =>
    page.evaluate(([p, f, a]) => (globalThis as unknown as LabGlobal).benchProbes[p][f](...a), [
      probe,
      fn,
      args,
    ] as const) as Promise<T>
}
