/**
 * Keeps the page's painted highlights equal to the store: every anchored annotation in its
 * colour, the focused one marked, and a passage brought into view (and flashed) when the view
 * store asks. Repaints on any change of the annotations, the focus or the DOM text map; the
 * painter's diff keeps that cheap. Does nothing where the browser has no `CSS.highlights`.
 */
import { onScopeDispose, watch, type ShallowRef } from 'vue'
import type { DomTextMap } from '@renderer/anchoring'
import {
  createHighlightPainter,
  supportsCustomHighlights,
  type HighlightPainter,
} from '@renderer/highlights/highlight-painter'
import { scrollRangeIntoView } from '@renderer/highlights/scroll-to-range'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'

/** How long a passage chosen in the sidebar stays flashed. */
const FLASH_MS = 1200

/** @param dom - the article's DOM text map */
export function useHighlightPainting(
  dom: Readonly<ShallowRef<DomTextMap | null>>,
): HighlightPainter | null {
  if (!supportsCustomHighlights()) return null
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const painter = createHighlightPainter(CSS.highlights)
  let flashTimer: ReturnType<typeof setTimeout> | undefined

  watch(dom, () => painter.reset())
  watch(
    [() => store.lookup, dom],
    ([lookup, map]) => {
      if (!map) return
      const painted = lookup.inOrder.map(({ annotation, start, end }) => ({
        ...{ id: annotation.id, color: annotation.color },
        ...{ start, end },
      }))
      painter.paint(painted, (range) => map.offsetsToRange(range))
    },
    { immediate: true },
  )
  watch(
    () => view.focusedId,
    (id) => painter.focus(id),
    { immediate: true },
  )
  watch(
    () => view.reveal,
    (request) => {
      const range = request && painter.rangeOf(request.id)
      if (!request || !range) return
      scrollRangeIntoView(range)
      if (!request.flash) return
      painter.flash(request.id)
      clearTimeout(flashTimer)
      flashTimer = setTimeout(() => painter.flash(null), FLASH_MS)
    },
  )
  onScopeDispose(() => {
    clearTimeout(flashTimer)
    painter.dispose()
  })
  return painter
}
