/**
 * A bounded moment to save before the window closes. The first `close` of the window (its close
 * button, Ctrl+Q, the OS shutting down) is held: the page is sent a close request with a fresh
 * token, and the window closes when the page answers with that token (it has written what was
 * being typed), or after `SAVE_AT_MOST_MS`, whichever comes first, and only once. On macOS a
 * held close cancels `app.quit()`, so a quit under way is taken up again once the window is gone.
 */

/** What the guard needs of a BrowserWindow; Electron's matches it. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  on(event: 'closed', listener: () => void): unknown
  close(): void
  isDestroyed(): boolean
  readonly webContents: { send(channel: string, ...args: unknown[]): void }
}

export interface CloseGuardDeps {
  readonly channel: string
  setTimeout(callback: () => void, ms: number): unknown
  /** Whether the app is quitting (set on `before-quit`); then quit again once closed. */
  quitting(): boolean
  quit(): void
}

/** Longest the window waits for the page: long enough for IndexedDB, short enough to feel instant. */
export const SAVE_AT_MOST_MS = 2_000

/**
 * @param window - the reading window
 * @param deps - the request channel, a timer and the app's quit state
 * @returns the answer to give the page's close-ready message: whether the token was the one sent
 */
export function guardClose(
  window: GuardedWindow,
  deps: CloseGuardDeps,
): (token: number) => boolean {
  let token: number | null = null
  let allowed = false
  const closeNow = (): void => {
    if (allowed) return
    allowed = true
    if (!window.isDestroyed()) window.close()
  }
  window.on('close', (event) => {
    if (allowed) return
    event.preventDefault()
    if (token !== null) return
    token = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER)
    // The bound first: whatever happens to the request, the window closes.
    deps.setTimeout(closeNow, SAVE_AT_MOST_MS)
    try {
      window.webContents.send(deps.channel, token)
    } catch {
      closeNow()
    }
  })
  window.on('closed', () => {
    if (deps.quitting()) deps.quit()
  })
  return (answer) => {
    if (token === null || answer !== token) return false
    closeNow()
    return true
  }
}
