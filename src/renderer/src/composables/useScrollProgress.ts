/**
 * How far through an element the reader has scrolled (0..1), updated at most once a frame.
 */
import { onMounted, onUnmounted, ref, type Ref } from 'vue'
import { articleProgress, readingLineOffset } from '@renderer/reader/reading-place'

/** @param element - the article element (null until mounted) */
export function useScrollProgress(
  element: Readonly<Ref<HTMLElement | null>>,
): Readonly<Ref<number>> {
  const progress = ref(0)
  let frame = 0
  const measure = (): void => {
    frame = 0
    if (element.value)
      progress.value = articleProgress(element.value, readingLineOffset(), innerHeight)
  }
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(measure)
  }
  onMounted(() => {
    addEventListener('scroll', schedule, { passive: true })
    addEventListener('resize', schedule)
    schedule()
  })
  onUnmounted(() => {
    removeEventListener('scroll', schedule)
    removeEventListener('resize', schedule)
    cancelAnimationFrame(frame)
  })
  return progress
}
