/**
 * Frame times while a scroller is scrolled, in any page (the app's, or a plain baseline page):
 * from its top, one screen (its own height) per animation frame, `screens` times or until its
 * bottom; a frame's duration is the gap between animation frame timestamps, so a frame that
 * takes too long to render shows as a longer gap. Runs in the page as a string (a function
 * would be rewritten by tsx, which the page cannot run).
 */
import type { Page } from '@playwright/test'

/**
 * @param page - the page holding the scroller
 * @param selector - the scroller, a CSS selector
 * @param screens - how many screens to scroll
 * @returns every frame's duration in ms, in order
 */
export function scrollFrames(page: Page, selector: string, screens: number): Promise<number[]> {
  return page.evaluate<number[]>(`(async () => {
    const scroller = document.querySelector(${JSON.stringify(selector)})
    if (!scroller) throw new Error('No scroller ' + ${JSON.stringify(selector)})
    scroller.scrollTop = 0
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const step = scroller.clientHeight
    const durations = []
    await new Promise((resolve) => {
      let last = null
      let scrolled = 0
      const frame = (time) => {
        if (last !== null) durations.push(time - last)
        last = time
        const bottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight
        if (scrolled === ${screens} || bottom) resolve()
        else {
          scroller.scrollTop += step
          scrolled++
          requestAnimationFrame(frame)
        }
      }
      requestAnimationFrame(frame)
    })
    return durations
  })()`)
}

/** Where a scroller is and how tall its content: enough to build an empty one like it. */
export interface ScrollerBox {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
  readonly scrollHeight: number
}

/**
 * @param page - the page holding the scroller
 * @param selector - the scroller, a CSS selector
 */
export function scrollerBox(page: Page, selector: string): Promise<ScrollerBox> {
  return page.evaluate<ScrollerBox>(`(() => {
    const scroller = document.querySelector(${JSON.stringify(selector)})
    const { left, top, width, height } = scroller.getBoundingClientRect()
    return { left, top, width, height, scrollHeight: scroller.scrollHeight }
  })()`)
}

/**
 * Make `page` an empty page with one empty scroller of the same place, size and scroll height
 * as `box`, of class `className` (the baseline of a scrolling figure).
 *
 * @param page - a page to replace the content of
 * @param className - the scroller's class
 * @param box - the scroller to imitate
 */
export async function emptyScroller(
  page: Page,
  className: string,
  box: ScrollerBox,
): Promise<void> {
  await page.setContent(`<!doctype html>
    <style>
      html, body { margin: 0; }
      .${className} {
        position: absolute; overflow-y: auto; contain: strict;
        left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px;
      }
      .${className} > div { height: ${box.scrollHeight}px; }
    </style>
    <div class="${className}"><div></div></div>`)
}

/** What the rows in view showed, summed over the frames of a scroll. */
export interface RowsShown {
  /** Rows in view with their fields drawn. */
  readonly filled: number
  /** Rows in view still showing their placeholder (`aria-busy`), their fields not read yet. */
  readonly placeholders: number
}

/**
 * Scroll as `scrollFrames` does, untimed, and count at each frame the options in view that show
 * their fields and those still a placeholder: a list can keep its frames short by drawing
 * placeholders only, so the frame times need this beside them.
 *
 * @param page - the page holding the scroller
 * @param selector - the scroller, a CSS selector
 * @param screens - how many screens to scroll
 */
export function rowsShownWhileScrolling(
  page: Page,
  selector: string,
  screens: number,
): Promise<RowsShown> {
  return page.evaluate<RowsShown>(`(async () => {
    const scroller = document.querySelector(${JSON.stringify(selector)})
    scroller.scrollTop = 0
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    let filled = 0
    let placeholders = 0
    for (let screen = 0; screen < ${screens}; screen++) {
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) break
      scroller.scrollTop += scroller.clientHeight
      await new Promise((resolve) => requestAnimationFrame(resolve))
      const view = scroller.getBoundingClientRect()
      for (const option of scroller.querySelectorAll('[role="option"]')) {
        const box = option.getBoundingClientRect()
        if (box.bottom <= view.top || box.top >= view.bottom) continue
        if (option.hasAttribute('aria-busy')) placeholders++
        else filled++
      }
    }
    return { filled, placeholders }
  })()`)
}
