/**
 * `Choose passage…` for a highlight whose passage was not found: while the reader is choosing,
 * the next passage selected in the article plus `Enter` (or the bar's `Attach to selection`)
 * re-attaches the highlight there, through the undoable command; `Escape` cancels and goes back
 * to the sidebar. Bound before the highlight keys, so these keys win while choosing.
 */
import { computed, nextTick, watch, type ComputedRef } from 'vue'
import type { Annotation } from '@shared/annotation'
import { describeRange } from '@renderer/anchoring'
import { useAnnotationCommands } from '@renderer/composables/useAnnotationCommands'
import { useKeyboardShortcuts } from '@renderer/composables/useKeyboardShortcuts'
import type { ArticleSelection } from '@renderer/composables/useTextSelection'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'

export interface ChoosePassageActions {
  /** The article's text selection now, if any. */
  settledSelection(): ArticleSelection | null
  clearSelection(): void
}

export interface ChoosePassage {
  /** The highlight a passage is being chosen for, or null. */
  readonly annotation: ComputedRef<Annotation | null>
  /** Re-attach it to the selected passage, if one is selected. */
  attach(): Promise<void>
  cancel(): void
}

/** @param actions - the reading view's selection */
export function useChoosePassage(actions: ChoosePassageActions): ChoosePassage {
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const commands = useAnnotationCommands()
  /** Still not found: attached meanwhile (in another window, say), there is nothing to choose. */
  const annotation = computed(() => {
    const id = view.choosingPassageFor
    return id === null ? null : (store.orphaned.find((a) => a.id === id) ?? null)
  })
  /** The version of the highlight when choosing began: attached only if it is still that. */
  let basedOn = Number.NaN
  watch(
    () => view.choosingPassageFor,
    (id) => {
      basedOn = id === null ? Number.NaN : (store.byId.get(id)?.updatedAt ?? Number.NaN)
    },
    { immediate: true },
  )

  async function attach(): Promise<void> {
    const current = annotation.value
    const selection = actions.settledSelection()
    const index = store.textIndex
    const target = selection && index && describeRange(index, selection.offsets)
    if (!current || !target) return
    actions.clearSelection()
    view.choosePassageFor(null)
    await commands.reattach(current.id, target, basedOn)
  }

  /** Stop choosing and give the focus back to the card's `Choose passage…` button. */
  async function cancel(): Promise<void> {
    const id = view.choosingPassageFor
    view.choosePassageFor(null)
    view.setSidebarOpen(true)
    await nextTick()
    if (id === null) return
    document
      .querySelector<HTMLElement>(
        `.annotation-card[data-id="${CSS.escape(id)}"] .choose-passage-button`,
      )
      ?.focus()
  }

  useKeyboardShortcuts([
    {
      key: 'Enter',
      enabled: () => annotation.value !== null && actions.settledSelection() !== null,
      run: () => void attach(),
    },
    { key: 'Escape', enabled: () => annotation.value !== null, run: () => void cancel() },
  ])

  return { annotation, attach, cancel: () => void cancel() }
}
