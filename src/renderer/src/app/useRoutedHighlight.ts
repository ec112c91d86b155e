/**
 * The address `#/article/<id>/highlight/<annotationId>` (a search result, a `gloss://` link):
 * once that highlight is placed on the article, it takes focus and its passage is scrolled into
 * view and flashed, once per address. The reading position is then not restored over it (that
 * happens only while the page is still at its top). A highlight that is not there is said so:
 * deleted (or never of this article), or kept but with its passage no longer in the text.
 * What the address found is decided once, when the article's highlights are first read, so a
 * highlight deleted later while reading does not turn into "no longer exists".
 */
import { computed, ref, watch, type ComputedRef } from 'vue'
import { useRoute } from 'vue-router'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useAnnotationStore } from '@renderer/stores/annotations'

/** What the address's highlight turned out to be, once its article's highlights were read. */
export type RoutedHighlightOutcome = 'placed' | 'missing' | 'orphaned'

export const ROUTED_HIGHLIGHT_NOTICES: Readonly<Record<'missing' | 'orphaned', string>> = {
  missing: 'This highlight no longer exists: it may have been deleted.',
  orphaned:
    'This highlight’s passage is no longer in the article; the Annotations sidebar lists it under Passages not found.',
}

/**
 * Call in the setup of the article page.
 *
 * @returns what to tell the reader about the address's highlight, or null
 */
export function useRoutedHighlight(): ComputedRef<string | null> {
  const route = useRoute()
  const annotations = useAnnotationStore()
  const view = useAnnotationViewStore()
  const decided = ref<{ id: string; outcome: RoutedHighlightOutcome } | null>(null)

  /** The address's highlight, or null; its outcome, or null while it cannot be told yet. */
  const current = computed(() => {
    const id = route.params.annotationId
    if (typeof id !== 'string') return null
    const ofThisArticle = annotations.articleId === route.params.id && annotations.loaded
    if (!ofThisArticle) return { id, outcome: null }
    if (annotations.lookup.inOrder.some((entry) => entry.annotation.id === id)) {
      return { id, outcome: 'placed' as const }
    }
    if (!annotations.byId.has(id)) return { id, outcome: 'missing' as const }
    // Known but not placed: orphaned, or not anchored yet.
    const orphaned = annotations.orphaned.some((annotation) => annotation.id === id)
    return { id, outcome: orphaned ? ('orphaned' as const) : null }
  })

  watch(
    current,
    (now) => {
      if (now === null) decided.value = null
      if (now === null || now.outcome === null || decided.value?.id === now.id) return
      decided.value = { id: now.id, outcome: now.outcome }
      if (now.outcome !== 'placed') return
      const id = now.id
      // After this turn: the painter registers the highlight's range when it paints it.
      requestAnimationFrame(() => view.focus(id, { reveal: true, flash: true }))
    },
    { immediate: true },
  )

  return computed(() => {
    // Decided for this address, not for the one before it.
    const outcome = decided.value?.id === current.value?.id ? decided.value?.outcome : undefined
    return outcome === undefined || outcome === 'placed' ? null : ROUTED_HIGHLIGHT_NOTICES[outcome]
  })
}
