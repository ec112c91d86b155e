/**
 * What the reader is told when an article could not be added because IndexedDB refused the
 * write for space (the disk, or the share of it the browser allows the app: see `disk-full.ts`
 * for how that failure looks): how much the library already takes, from
 * `navigator.storage.estimate()`, so they can judge what to remove. The refused transaction left
 * nothing behind (an article is added in one transaction), and the message says so.
 */

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const

/** @param bytes - a size; shown in the largest unit that keeps it at 1 or more, one decimal */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${UNITS[unit]}`
}

function browserEstimate(): Promise<StorageEstimate> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage?.estimate()
}

/**
 * @param title - the article that was not added
 * @param estimate - the storage estimate (the browser's by default)
 */
export async function libraryFullMessage(
  title: string,
  estimate: () => Promise<StorageEstimate> | undefined = browserEstimate,
): Promise<string> {
  const usage = await Promise.resolve(estimate())
    .then((result) => result?.usage)
    .catch(() => undefined)
  const uses = usage === undefined ? '' : `Your library uses ${formatBytes(usage)}; `
  const full = uses
    ? 'the disk or the browser’s quota is full'
    : 'The disk or the browser’s quota is full'
  return (
    `${uses}${full}, so “${title}” was not added, and nothing of it was kept. Free some space ` +
    '(emptying the trash helps), then add it again.'
  )
}
