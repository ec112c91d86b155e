/**
 * A previous version's highlights, painted as they were on its text: the targets the version
 * kept are anchored on that text (`anchorTargets`, a few milliseconds at a time) and painted
 * through the CSS Custom Highlight API as the reader paints the current text. Nothing can be
 * changed: no selection toolbar, no popover, no keys. Does nothing where the browser has no
 * `CSS.highlights`.
 */
import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import type { Annotation } from '@shared/annotation'
import type { Article } from '@shared/article'
import { anchorTargets, createTextIndex, isAnchored } from '@renderer/anchoring'
import { useDomTextMap } from '@renderer/composables/useDomTextMap'
import {
  createHighlightPainter,
  supportsCustomHighlights,
  type PaintedAnnotation,
} from '@renderer/highlights/highlight-painter'

/**
 * @param element - the version's rendered `<article>`
 * @param article - the version's text
 * @param highlights - its highlights as they were
 * @returns how many are painted, once anchored (null before)
 */
export function useVersionHighlights(
  element: Readonly<Ref<HTMLElement | null>>,
  article: Article,
  highlights: readonly Annotation[],
) {
  const placed = shallowRef<readonly PaintedAnnotation[] | null>(null)
  const controller = new AbortController()
  void anchorTargets(
    createTextIndex(article.text),
    highlights.map((highlight) => highlight.target),
    { signal: controller.signal },
  ).then(
    (results) =>
      (placed.value = highlights.flatMap((highlight, i) => {
        const result = results[i]
        return isAnchored(result)
          ? [{ id: highlight.id, color: highlight.color, start: result.start, end: result.end }]
          : []
      })),
    () => undefined,
  )
  onScopeDispose(() => controller.abort())

  if (supportsCustomHighlights()) {
    const dom = useDomTextMap(element, () => article)
    const painter = createHighlightPainter(CSS.highlights)
    watch(dom, () => painter.reset())
    watch([placed, dom], ([list, map]) => {
      if (list && map) painter.paint(list, (range) => map.offsetsToRange(range))
    })
    onScopeDispose(() => painter.dispose())
  }
  return placed
}
