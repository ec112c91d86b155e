/**
 * The address `#/article/<id>/highlight/<annotationId>` (a search result, a link): once that
 * highlight is placed on the article, it takes focus and its passage is scrolled into view and
 * flashed, once per address. The reading position is then not restored over it (that happens
 * only while the page is still at its top).
 */
import { watch } from 'vue'
import { useRoute } from 'vue-router'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useAnnotationStore } from '@renderer/stores/annotations'

/** Call in the setup of the article page. */
export function useRoutedHighlight(): void {
  const route = useRoute()
  const annotations = useAnnotationStore()
  const view = useAnnotationViewStore()
  let revealed: string | null = null

  watch(
    () => {
      const id = route.params.annotationId
      if (typeof id !== 'string') return null
      const placed = annotations.lookup.inOrder.some((entry) => entry.annotation.id === id)
      return placed ? id : null
    },
    (id) => {
      if (id === null || id === revealed) return
      revealed = id
      // After this turn: the painter registers the highlight's range when it paints it.
      requestAnimationFrame(() => view.focus(id, { reveal: true, flash: true }))
    },
    { immediate: true },
  )
}
