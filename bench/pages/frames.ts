/**
 * Timing helpers for the lab page: how long a change takes until the frame showing it has been
 * painted, and a clean heap between samples.
 */

/** Resolves in a task queued now: after the current frame's rendering if called in a frame. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** Resolves once the next frame has been painted. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(nextTask())))
}

/**
 * Run `change` at the start of an animation frame and time it until that frame has been
 * painted (style, layout and paint included): the task queued from inside the frame runs after
 * its rendering. Starting on a frame keeps the wait for the display's next refresh out of the
 * figure, which would otherwise round every short change up to a frame.
 *
 * @param change - the DOM or highlight change to time
 * @returns milliseconds from the change's start to its frame painted
 */
export function timeUntilPainted(change: () => void): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const started = performance.now()
      change()
      void nextTask().then(() => resolve(performance.now() - started))
    })
  })
}

/** A full garbage collection, where the browser exposes one (the harness passes --expose-gc). */
export function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}
