/**
 * Long work in slices: `sliced()` gives a function to call between small steps, which yields to
 * the page (so it paints and takes input) once the current slice has run for a while, and
 * otherwise returns at once, so thousands of small steps do not wait for thousands of tasks.
 */
import { yieldToMain } from '@renderer/anchoring/yield-to-main'

/** How long one slice runs before the page gets its turn: well under a 50 ms long task. */
const SLICE_MS = 12

/** @returns a function to await between steps */
export function sliced(): () => Promise<void> {
  let started = performance.now()
  return async () => {
    if (performance.now() - started < SLICE_MS) return
    await yieldToMain()
    started = performance.now()
  }
}
