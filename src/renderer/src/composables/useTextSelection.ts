/**
 * The reader's text selection inside the article, as something to highlight: its Range, its
 * canonical offsets and a box to float the toolbar beside. It is offered once the selection has
 * settled (the mouse button is up: no toolbar flickers along a drag) and withdrawn when the
 * selection collapses or leaves the article. Keyboard selections (Shift+arrows) settle at once.
 */
import { onScopeDispose, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { DomTextMap, TextRange } from '@renderer/anchoring'

export interface ArticleSelection {
  readonly range: Range
  readonly offsets: TextRange
}

/**
 * @param element - the `<article>` element
 * @param dom - its DOM text map
 */
export function useTextSelection(
  element: Readonly<Ref<HTMLElement | null>>,
  dom: Readonly<ShallowRef<DomTextMap | null>>,
): {
  selection: Readonly<ShallowRef<ArticleSelection | null>>
  settle(): ArticleSelection | null
  clear(): void
} {
  const selection = shallowRef<ArticleSelection | null>(null)
  let pointerDown = false
  let frame = 0

  function read(): ArticleSelection | null {
    const current = document.getSelection()
    const root = element.value
    const map = dom.value
    if (!current || current.isCollapsed || current.rangeCount === 0 || !root || !map) return null
    const range = current.getRangeAt(0)
    if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return null
    const offsets = map.rangeToOffsets(range)
    return offsets ? { range: range.cloneRange(), offsets } : null
  }

  function update(): void {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => {
      if (!pointerDown) selection.value = read()
    })
  }

  const onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return
    pointerDown = true
    // A new press starts a new selection: the toolbar of the old one goes.
    if (element.value?.contains(event.target as Node)) selection.value = null
  }
  const onPointerUp = (): void => {
    pointerDown = false
    update()
  }

  document.addEventListener('selectionchange', update)
  document.addEventListener('pointerdown', onPointerDown, true)
  document.addEventListener('pointerup', onPointerUp, true)
  onScopeDispose(() => {
    cancelAnimationFrame(frame)
    document.removeEventListener('selectionchange', update)
    document.removeEventListener('pointerdown', onPointerDown, true)
    document.removeEventListener('pointerup', onPointerUp, true)
  })

  return {
    selection,
    /** The selection now, read at once (a key pressed right after the mouse is released). */
    settle() {
      if (!pointerDown) selection.value = read()
      return selection.value
    },
    clear() {
      document.getSelection()?.removeAllRanges()
      selection.value = null
    },
  }
}
