/**
 * Bringing a passage into view: the window scrolls only when the passage is not already
 * comfortably visible, and then puts it a third of the way down the reading area, below the
 * sticky toolbar. Smooth, unless the reader asked for reduced motion.
 */

/** Pixels a passage keeps from the edges of the reading area to count as in view. */
const MARGIN = 48

/**
 * @param range - the passage (a painted highlight's Range)
 * @param view - the window
 */
export function scrollRangeIntoView(range: Range, view: Window = window): void {
  const rect = range.getBoundingClientRect()
  const root = view.document.documentElement
  const top = parseFloat(view.getComputedStyle(root).scrollPaddingTop) || 0
  const bottom = view.innerHeight
  if (rect.top >= top + MARGIN && rect.bottom <= bottom - MARGIN) return
  const reduced = view.matchMedia('(prefers-reduced-motion: reduce)').matches
  view.scrollTo({
    top: view.scrollY + rect.top - top - (bottom - top) / 3,
    behavior: reduced ? 'instant' : 'smooth',
  })
}
