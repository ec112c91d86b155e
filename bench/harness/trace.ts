/**
 * A Chromium performance trace → the longest task the page's main thread ran in a window: from
 * the navigation to a URL until some time after a user-timing mark. The Long Tasks API only
 * reports tasks over 50 ms, so it cannot say how far under 50 ms the longest one stayed; the
 * trace's `RunTask` events time every task. Tracing slows the page a little: the metrics trace
 * loads of their own, never the timed ones.
 */
import type { Browser, Page } from '@playwright/test'

interface TraceEvent {
  readonly name: string
  readonly ph: string
  readonly ts: number
  readonly dur?: number
  readonly pid: number
  readonly tid: number
  readonly args?: {
    readonly name?: string
    readonly data?: { readonly documentLoaderURL?: string }
  }
}

/**
 * The longest main-thread task, in ms, from navigating to `url` until `afterMs` past the mark.
 *
 * @param events - the trace's events
 * @param url - the page navigated to
 * @param mark - a `performance.mark` name the page sets
 * @param afterMs - how long after the mark still counts (the frames that paint what it marks)
 */
export function longestTask(
  events: readonly TraceEvent[],
  url: string,
  mark: string,
  afterMs: number,
): number {
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  )
  const marked = events.find((e) => e.name === mark && e.ts >= (navigation?.ts ?? Infinity))
  if (!navigation || !marked) throw new Error(`The trace holds no navigation to ${url} or ${mark}.`)
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      e.pid === navigation.pid,
  )
  const until = marked.ts + afterMs * 1000
  let longest = 0
  for (const e of events) {
    if (e.name !== 'RunTask' || e.pid !== navigation.pid || e.tid !== main?.tid) continue
    if (e.ts >= navigation.ts && e.ts <= until) longest = Math.max(longest, (e.dur ?? 0) / 1000)
  }
  return longest
}

/**
 * Trace what `load` does in `page` and return the trace's events.
 *
 * @param browser - the browser (Chromium)
 * @param page - the page to trace
 * @param load - navigates and waits
 */
export async function traced(
  browser: Browser,
  page: Page,
  load: () => Promise<void>,
): Promise<TraceEvent[]> {
  // RunTask events are in the disabled-by-default category.
  const categories = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
  ]
  await browser.startTracing(page, { categories })
  let buffer: Buffer
  try {
    await load()
  } finally {
    buffer = await browser.stopTracing()
  }
  return (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents
}
