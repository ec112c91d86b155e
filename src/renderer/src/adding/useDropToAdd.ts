/**
 * Files dragged over the window: shown as a drop target while they hover, and added when
 * dropped. A drop anywhere in the window counts, and is always taken by the page: left to the
 * browser, a dropped file would replace the reader with it (the desktop app refuses that
 * navigation; a browser tab would leave Gloss).
 */
import { onMounted, onUnmounted, readonly, ref, type Ref } from 'vue'

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false

/** @param onDrop - what to do with the dropped files */
export function useDropToAdd(onDrop: (transfer: DataTransfer) => void): {
  readonly dragging: Readonly<Ref<boolean>>
} {
  const dragging = ref(false)
  // dragenter and dragleave fire for every element crossed: count them to know when it left.
  let depth = 0
  const enter = (event: DragEvent): void => {
    if (!carriesFiles(event)) return
    depth++
    dragging.value = true
  }
  const over = (event: DragEvent): void => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
  }
  const leave = (event: DragEvent): void => {
    if (!carriesFiles(event)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) dragging.value = false
  }
  const drop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    depth = 0
    dragging.value = false
    if (event.dataTransfer) onDrop(event.dataTransfer)
  }
  const listeners = { dragenter: enter, dragover: over, dragleave: leave, drop } as const
  onMounted(() => {
    for (const [type, listener] of Object.entries(listeners)) {
      window.addEventListener(type, listener as EventListener)
    }
  })
  onUnmounted(() => {
    for (const [type, listener] of Object.entries(listeners)) {
      window.removeEventListener(type, listener as EventListener)
    }
  })
  return { dragging: readonly(dragging) }
}
