/**
 * Remembers where the reader is in the article and takes them back there when it is opened
 * again. The place (block + fraction, see reading-place.ts) is saved shortly after scrolling
 * stops and when the page is hidden or closed; it is restored once the layout has settled,
 * unless the reader has already started scrolling.
 */
import { onMounted, onUnmounted, type Ref } from 'vue'
import type { ReadingPosition } from '@renderer/db/database'
import type { ReadingPlace } from '@renderer/stores/article'
import { layoutSettled } from '@renderer/reader/layout-settled'
import { measurePlace, readingLineOffset, scrollOffsetFor } from '@renderer/reader/reading-place'

/** Quiet time after the last scroll before the place is saved. */
export const SAVE_DELAY_MS = 400

export interface ReadingPositionStore {
  loadReadingPosition(): Promise<ReadingPosition | undefined>
  saveReadingPosition(place: ReadingPlace): Promise<void>
}

/**
 * @param article - the article element (null until mounted)
 * @param store - where positions are kept (the article store)
 * @param whenSettled - resolves when the article's layout is final
 */
export function useReadingPosition(
  article: Readonly<Ref<HTMLElement | null>>,
  store: ReadingPositionStore,
  whenSettled: (element: HTMLElement) => Promise<void> = layoutSettled,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending = false
  let disposed = false

  const saveNow = (): void => {
    clearTimeout(timer)
    if (!pending) return
    pending = false
    const element = article.value
    const place = element && measurePlace(element, readingLineOffset(), innerHeight)
    if (place) void store.saveReadingPosition(place)
  }
  const saveSoon = (): void => {
    pending = true
    clearTimeout(timer)
    timer = setTimeout(saveNow, SAVE_DELAY_MS)
  }
  const saveIfHidden = (): void => {
    if (document.visibilityState === 'hidden') saveNow()
  }

  onMounted(async () => {
    // The browser's own restoration would fight ours, and it ignores reflow.
    history.scrollRestoration = 'manual'
    // Listen from the start: a reader who scrolls before the photos and fonts have arrived has
    // chosen a place, and waiting for the layout to settle would let that scroll go unsaved.
    addEventListener('scroll', saveSoon, { passive: true })
    addEventListener('pagehide', saveNow)
    document.addEventListener('visibilitychange', saveIfHidden)
    const saved = await store.loadReadingPosition()
    const element = article.value
    if (!element || disposed) return
    await whenSettled(element)
    if (disposed) return
    if (saved && scrollY === 0) {
      scrollTo({
        top: scrollOffsetFor(saved, element, readingLineOffset(), innerHeight),
        behavior: 'instant',
      })
    }
  })

  onUnmounted(() => {
    disposed = true
    saveNow()
    removeEventListener('scroll', saveSoon)
    removeEventListener('pagehide', saveNow)
    document.removeEventListener('visibilitychange', saveIfHidden)
  })
}
