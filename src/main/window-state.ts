/**
 * Remembers the window's size, position and maximised state in userData. The state is saved a
 * moment after the window stops moving or resizing, and on close; `flush()` lets the app wait
 * for the last write before it quits. Writes are atomic, so a crash never leaves a torn file.
 */
import { readFile } from 'node:fs/promises'
import * as v from 'valibot'
import { writeFileAtomic } from './files/atomic-write'
import { WindowStateSchema, type Rect, type WindowState } from './window-placement'

/** Wait this long after the last move or resize before writing. */
export const SAVE_DELAY_MS = 500

/** What the tracker uses of a BrowserWindow. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown
  getNormalBounds(): Rect
  isMaximized(): boolean
}

/**
 * The saved state, or null if there is none or it is unreadable (then the default is used).
 *
 * @param file - the state file in userData
 */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = v.safeParse(WindowStateSchema, JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}

/**
 * Save the window's state whenever it changes.
 *
 * @param window - the window to follow
 * @param file - the state file in userData
 * @param write - the atomic writer
 * @returns `flush`, which resolves once every pending write is done
 */
export function trackWindowState(
  window: TrackedWindow,
  file: string,
  write: (path: string, content: string) => Promise<void> = writeFileAtomic,
): { flush(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()

  const save = (): void => {
    clearTimeout(timer)
    timer = undefined
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    // One write after another, so an older state can never land after a newer one.
    writing = writing
      .then(() => write(file, `${JSON.stringify(state)}\n`))
      .catch((cause: unknown) => console.warn('Gloss could not save the window state:', cause))
  }
  const saveSoon = (): void => {
    clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) {
    window.on(event, saveSoon)
  }
  window.on('close', save)
  return {
    flush: () => {
      if (timer !== undefined) save()
      return writing
    },
  }
}
