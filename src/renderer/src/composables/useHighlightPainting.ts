/**
 * Keeps the page's painted highlights equal to the store: every anchored annotation in its
 * colour, the focused one marked, and a passage brought into view (and flashed) when the view
 * store asks. Repaints on any change of the annotations, the focus or the DOM text map; the
 * painter's diff keeps that cheap. Many new highlights at once (an article opened with 10,000)
 * are painted a slice at a time, yielding to the browser in between, so no task grows long; a
 * newer change of the list takes over from a paint still under way. Does nothing where the
 * browser has no `CSS.highlights`.
 *
 * Bench and observability hook: `performance.mark('gloss:highlights-painted')` once an
 * article's stored highlights are all anchored and painted (one mark per article opened; the
 * benchmark's metric 6 times opening an article by it, from navigation start).
 */
import { onScopeDispose, watch, type ShallowRef } from 'vue'
import type { DomTextMap, TextRange } from '@renderer/anchoring'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'
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
/** Milliseconds of Range making per task: about 2,000 Ranges, well under a 50 ms long task. */
const PAINT_BUDGET_MS = 8

/** @param dom - the article's DOM text map */
export function useHighlightPainting(
  dom: Readonly<ShallowRef<DomTextMap | null>>,
): HighlightPainter | null {
  if (!supportsCustomHighlights()) return null
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const painter = createHighlightPainter(CSS.highlights)
  let flashTimer: ReturnType<typeof setTimeout> | undefined
  let markedArticle: string | null = null
  let paintRun = 0

  watch(dom, () => painter.reset())
  watch(
    [() => store.lookup, dom],
    async ([lookup, map]) => {
      const run = ++paintRun
      if (!map) return
      const painted = lookup.inOrder.map(({ annotation, start, end }) => ({
        ...{ id: annotation.id, color: annotation.color },
        ...{ start, end },
      }))
      const rangeOf = (range: TextRange): Range => map.offsetsToRange(range)
      let sliceStart = performance.now()
      const sliceOver = (): boolean => performance.now() - sliceStart > PAINT_BUDGET_MS
      while (!painter.paint(painted, rangeOf, sliceOver)) {
        await yieldToMain()
        if (run !== paintRun) return
        sliceStart = performance.now()
      }
      const everyOnePlaced =
        lookup.inOrder.length + store.orphaned.length === store.annotations.length
      if (store.loaded && everyOnePlaced && markedArticle !== store.articleId) {
        markedArticle = store.articleId
        performance.mark('gloss:highlights-painted')
      }
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
