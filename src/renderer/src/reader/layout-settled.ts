/**
 * Waits until an element's layout stops moving: its web fonts and images loaded. A saved place
 * is restored only then, or a photo arriving late above it would push the text away.
 */

/** Longest wait: a broken image must not keep the reader at the top forever. */
const SETTLE_TIMEOUT_MS = 3000

function loaded(image: HTMLImageElement): Promise<void> {
  if (image.complete) return Promise.resolve()
  return new Promise((resolve) => {
    image.addEventListener('load', () => resolve(), { once: true })
    image.addEventListener('error', () => resolve(), { once: true })
  })
}

/** @param element - the element whose layout must settle */
export async function layoutSettled(element: HTMLElement): Promise<void> {
  // Lay out now: fonts start loading only once some text needs them.
  void element.offsetHeight
  const settled = Promise.all([
    document.fonts.ready,
    ...[...element.querySelectorAll('img')].map(loaded),
  ])
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, SETTLE_TIMEOUT_MS))])
}
