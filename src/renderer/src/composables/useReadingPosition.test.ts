import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import type { ReadingPosition } from '@renderer/db/database'
import type { ReadingPlace } from '@renderer/stores/article'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { SAVE_DELAY_MS, useReadingPosition } from './useReadingPosition'

// happy-dom does no layout: give every block a height and place it by the scroll offset.
const BLOCK_HEIGHTS = [80, 120, 200, 100, 300, 100]
const articleTop = 40

function layOut(article: HTMLElement): void {
  let top = articleTop
  for (const [i, block] of [...article.children].entries()) {
    const blockTop = top
    const height = BLOCK_HEIGHTS[i]
    block.getBoundingClientRect = () =>
      DOMRect.fromRect({ x: 0, y: blockTop - scrollY, width: 600, height })
    top += height
  }
  article.getBoundingClientRect = () =>
    DOMRect.fromRect({ x: 0, y: articleTop - scrollY, width: 600, height: top - articleTop })
}

let mounted: MountedComponent | undefined
beforeEach(() => scrollTo(0, 0))
afterEach(() => {
  mounted?.unmount()
  vi.useRealTimers()
})

async function mountWith(saved: ReadingPosition | undefined) {
  const saves: ReadingPlace[] = []
  let settled!: () => void
  const layoutSettled = new Promise<void>((resolve) => (settled = resolve))
  const store = {
    loadReadingPosition: async () => saved,
    saveReadingPosition: async (place: ReadingPlace) => void saves.push(place),
  }
  const Reader = defineComponent(() => {
    const article = ref<HTMLElement | null>(null)
    useReadingPosition(article, store, async (element) => {
      layOut(element)
      await layoutSettled
    })
    return () =>
      h(
        'article',
        { ref: article },
        BLOCK_HEIGHTS.map((_, i) => h('p', { 'data-block': `b${i}` }, `Block ${i}`)),
      )
  })
  mounted = await mountComponent(Reader)
  return { saves, settle: () => settled() }
}

const saved = (blockId: string, blockFraction: number): ReadingPosition => ({
  articleId: 'a',
  blockId,
  blockFraction,
  progress: 0.5,
  updatedAt: 1,
})

describe('useReadingPosition', () => {
  it('scrolls back to the saved block and fraction once the layout has settled', async () => {
    const { settle } = await mountWith(saved('b3', 0.5))
    await Promise.resolve()
    expect(scrollY).toBe(0)
    settle()
    // b3 starts at 40 + 80 + 120 + 200 = 440; half of its 100 px is 50.
    await vi.waitFor(() => expect(scrollY).toBe(490))
  })

  it('falls back to the progress ratio when the saved block no longer exists', async () => {
    const { settle } = await mountWith(saved('b99', 0))
    settle()
    // The article is 900 px tall; half of its travel past a viewport of innerHeight.
    const travel = 900 - innerHeight
    await vi.waitFor(() => expect(scrollY).toBe(articleTop + 0.5 * Math.max(0, travel)))
  })

  it('does not move a reader who already started scrolling', async () => {
    const { settle } = await mountWith(saved('b3', 0.5))
    scrollTo(0, 150)
    settle()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(scrollY).toBe(150)
  })

  it('saves the place shortly after scrolling stops, once', async () => {
    const { saves, settle } = await mountWith(undefined)
    settle()
    await new Promise((resolve) => setTimeout(resolve, 0))
    vi.useFakeTimers()
    scrollTo(0, 300)
    dispatchEvent(new Event('scroll'))
    scrollTo(0, 500)
    dispatchEvent(new Event('scroll'))
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    expect(saves).toEqual([])
    vi.advanceTimersByTime(1)
    // At 500 the reading line (0 here: no toolbar in the test) is 60 px into b3 (440 to 540).
    expect(saves).toEqual([{ blockId: 'b3', blockFraction: 0.6, progress: expect.any(Number) }])
  })

  it('saves a pending place at once when the page is hidden or closed', async () => {
    const { saves, settle } = await mountWith(undefined)
    settle()
    await new Promise((resolve) => setTimeout(resolve, 0))
    scrollTo(0, 140)
    dispatchEvent(new Event('scroll'))
    dispatchEvent(new Event('pagehide'))
    expect(saves.map((s) => s.blockId)).toEqual(['b1'])
    dispatchEvent(new Event('pagehide'))
    expect(saves).toHaveLength(1)
  })

  it('saves a place the reader scrolled to before the layout settled', async () => {
    const { saves } = await mountWith(undefined)
    vi.useFakeTimers()
    scrollTo(0, 140)
    dispatchEvent(new Event('scroll'))
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(saves.map((s) => s.blockId)).toEqual(['b1'])
  })
})
