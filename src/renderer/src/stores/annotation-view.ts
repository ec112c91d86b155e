/**
 * How the reader is looking at the annotations, apart from the annotations themselves: which one
 * has focus (the underlined one that keys act on), whether its popover or note editor is open,
 * whether the sidebar is shown, the sidebar's filters and the list they leave, requests to
 * bring a passage into view, and which highlight whose passage was not found the reader is
 * choosing a new passage for (`Choose passage…`). The highlight layer and the sidebar both follow this store, so a
 * card and its passage always agree.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, readonly, ref, shallowReadonly, shallowRef, watch } from 'vue'
import type { Annotation } from '@shared/annotation'
import {
  annotationMatcher,
  isFiltering,
  NO_FILTER,
  type AnnotationFilter,
} from '@renderer/annotations/annotation-filter'
import { useAnnotationStore } from './annotations'
import type { UndoableCommand } from './history'

/** A request to scroll a highlight into view; `flash` marks it briefly (from the sidebar). */
export interface RevealRequest {
  readonly id: string
  readonly flash: boolean
}

/** A short message for the live region, e.g. `Highlight deleted`, with the step to undo. */
export interface AnnotationNotice {
  readonly message: string
  /** Offered as `Undo` while it is still the last thing done; null offers nothing. */
  readonly undoes: UndoableCommand | null
}

export const useAnnotationViewStore = defineStore('annotationView', () => {
  const store = useAnnotationStore()

  const sidebarOpen = ref(false)
  const focusedId = ref<string | null>(null)
  const popoverOpen = ref(false)
  const editingId = ref<string | null>(null)
  const reveal = shallowRef<RevealRequest | null>(null)
  const filter = shallowRef<AnnotationFilter>(NO_FILTER)
  const notice = shallowRef<AnnotationNotice | null>(null)
  const choosingPassageFor = ref<string | null>(null)

  const focused = computed(() =>
    focusedId.value === null ? null : (store.byId.get(focusedId.value) ?? null),
  )
  // A deleted annotation cannot keep focus, a popover or an editor.
  watch(
    () => store.byId,
    (byId) => {
      if (focusedId.value !== null && !byId.has(focusedId.value)) blur()
      if (editingId.value !== null && !byId.has(editingId.value)) editingId.value = null
      if (choosingPassageFor.value !== null && !byId.has(choosingPassageFor.value)) {
        choosingPassageFor.value = null
      }
    },
  )

  /** Anchored annotations in reading order, then the orphaned ones. */
  const inReadingOrder = computed<readonly Annotation[]>(() => [
    ...store.lookup.inOrder.map((placed) => placed.annotation),
    ...store.orphaned,
  ])
  const filtering = computed(() => isFiltering(filter.value))
  const matches = computed(() => annotationMatcher(filter.value))
  /** Anchored annotations the filters leave, in reading order. */
  const visibleAnchored = computed(() =>
    store.lookup.inOrder.map((placed) => placed.annotation).filter(matches.value),
  )
  /** Orphaned annotations the filters leave. */
  const visibleOrphaned = computed(() => store.orphaned.filter(matches.value))
  const total = computed(() => inReadingOrder.value.length)
  const shown = computed(() => visibleAnchored.value.length + visibleOrphaned.value.length)

  /**
   * Give an annotation focus.
   *
   * @param id - which annotation
   * @param options - `reveal` scrolls its passage into view; `flash` also marks it briefly
   */
  function focus(id: string, options: { reveal?: boolean; flash?: boolean } = {}): void {
    if (focusedId.value !== id) popoverOpen.value = false
    focusedId.value = id
    if (options.reveal || options.flash) reveal.value = { id, flash: !!options.flash }
  }

  function blur(): void {
    focusedId.value = null
    popoverOpen.value = false
  }

  /** @param id - the annotation whose popover to open (it takes focus) */
  function openPopover(id: string): void {
    focus(id)
    popoverOpen.value = true
  }

  /** @param id - the annotation whose note to edit: in its card, so the sidebar opens */
  function editNote(id: string): void {
    focus(id)
    popoverOpen.value = false
    sidebarOpen.value = true
    editingId.value = id
  }

  return {
    sidebarOpen: readonly(sidebarOpen),
    focusedId: readonly(focusedId),
    focused,
    popoverOpen: readonly(popoverOpen),
    editingId: readonly(editingId),
    choosingPassageFor: readonly(choosingPassageFor),
    reveal: shallowReadonly(reveal),
    filter: shallowReadonly(filter),
    notice: shallowReadonly(notice),
    filtering,
    inReadingOrder,
    visibleAnchored,
    visibleOrphaned,
    total,
    shown,
    focus,
    blur,
    openPopover,
    closePopover: () => (popoverOpen.value = false),
    editNote,
    stopEditing: () => (editingId.value = null),
    /** @param id - the highlight whose next selected passage plus Enter re-attaches it, or null */
    choosePassageFor: (id: string | null) => (choosingPassageFor.value = id),
    setSidebarOpen: (open: boolean) => (sidebarOpen.value = open),
    toggleSidebar: () => (sidebarOpen.value = !sidebarOpen.value),
    /** @param change - the filters to change */
    setFilter: (change: Partial<AnnotationFilter>) => {
      filter.value = { ...filter.value, ...change }
    },
    clearFilter: () => (filter.value = NO_FILTER),
    /** @param next - the message to announce, or null to clear it */
    announce: (next: AnnotationNotice | null) => (notice.value = next),
  }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useAnnotationViewStore, import.meta.hot))
}
