/**
 * Keeps a floating panel (the selection toolbar, a highlight's popover) beside its passage while
 * the page scrolls or the window resizes: the passage's first line in view is measured (a
 * passage may run over many lines and off screen), and `placeBeside` puts the panel above it, or
 * below when the toolbar is in the way. Measured once per frame at most. The panel gets it as
 * its inline style, and stays hidden until it has been measured.
 */
import { computed, onScopeDispose, ref, watch, type CSSProperties, type Ref } from 'vue'
import { placeBeside, type Box } from '@renderer/highlights/floating-position'

interface Placement {
  readonly top: number
  readonly left: number
}

/** Height of the sticky toolbar: where the reading area starts. */
export function readingTop(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
}

/**
 * The box of a passage's first line at or below the reading area's top (else its last line).
 *
 * @param range - the passage
 */
export function passageBox(range: Range): Box | null {
  const lines = [...range.getClientRects()].filter((rect) => rect.width > 0)
  if (lines.length === 0) return null
  const top = readingTop()
  return lines.find((rect) => rect.bottom > top) ?? lines[lines.length - 1]
}

/**
 * @param panel - the panel element, once rendered
 * @param passage - the passage's Range, or null when there is nothing to float beside
 * @returns the panel's inline style
 */
export function useFloatingPlacement(
  panel: Readonly<Ref<HTMLElement | null>>,
  passage: () => Range | null,
): Readonly<Ref<CSSProperties>> {
  const placement = ref<Placement | null>(null)
  let frame = 0

  function measure(): void {
    const range = passage()
    const element = panel.value
    const box = range && passageBox(range)
    if (!element || !box) {
      placement.value = null
      return
    }
    const size = { width: element.offsetWidth, height: element.offsetHeight }
    const viewport = { width: window.innerWidth, height: window.innerHeight, top: readingTop() }
    const { top, left } = placeBeside(box, size, viewport)
    placement.value = { top, left }
  }

  const schedule = (): void => {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(measure)
  }

  watch([panel, passage], measure, { flush: 'post', immediate: true })
  window.addEventListener('scroll', schedule, { passive: true })
  window.addEventListener('resize', schedule, { passive: true })
  onScopeDispose(() => {
    cancelAnimationFrame(frame)
    window.removeEventListener('scroll', schedule)
    window.removeEventListener('resize', schedule)
  })
  return computed(() =>
    placement.value
      ? { top: `${placement.value.top}px`, left: `${placement.value.left}px` }
      : { visibility: 'hidden' },
  )
}
