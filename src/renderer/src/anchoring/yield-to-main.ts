/**
 * Long work → short tasks: a promise that resolves in a later task, so the browser can paint
 * and handle input in between. Uses `scheduler.yield()` where the browser has it (the
 * continuation keeps its priority), else a MessageChannel message (not clamped like nested
 * timers), else `setTimeout(0)`.
 */

interface SchedulerWithYield {
  yield(): Promise<void>
}

function nativeScheduler(): SchedulerWithYield | undefined {
  const candidate = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler
  return typeof candidate?.yield === 'function' ? (candidate as SchedulerWithYield) : undefined
}

/** Resolve in a later task. */
export function yieldToMain(): Promise<void> {
  const scheduler = nativeScheduler()
  if (scheduler) return scheduler.yield()
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(null)
    })
  }
  return new Promise((resolve) => setTimeout(resolve, 0))
}
