/**
 * Metric 3's frame times in the page: the whole long article scrolled programmatically, a fixed
 * distance every animation frame, from top to bottom; the frame durations are the gaps between
 * animation frame timestamps. A frame that takes too long to paint shows as a longer gap.
 */
import { percentile } from '../../harness/stats'
import { afterNextPaint } from '../frames'

/**
 * Scroll from the top to the bottom and time the frames.
 *
 * @param viewportsPerFrame - how far each frame scrolls, in viewport heights
 */
export async function scrollThrough(
  viewportsPerFrame: number,
): Promise<{ median: number; p95: number }> {
  const scroller = document.scrollingElement ?? document.documentElement
  scroller.scrollTop = 0
  await afterNextPaint()
  const step = Math.round(innerHeight * viewportsPerFrame)
  const durations: number[] = []
  await new Promise<void>((resolve) => {
    let last: number | null = null
    const frame = (time: number): void => {
      if (last !== null) durations.push(time - last)
      last = time
      if (scroller.scrollTop + innerHeight >= scroller.scrollHeight) resolve()
      else {
        scroller.scrollTop += step
        requestAnimationFrame(frame)
      }
    }
    requestAnimationFrame(frame)
  })
  return { median: percentile(durations, 0.5), p95: percentile(durations, 0.95) }
}
