/**
 * Never an invisible app: the window is created hidden (shown on `ready-to-show`, so there is
 * no white flash), and a page that never gets that far would leave Gloss running with no
 * window. So the window is shown anyway after `SHOW_AT_THE_LATEST_MS`; a page that fails to
 * load (any error but -3, a load replaced by another) shows the window and asks Reload or Quit;
 * and a renderer that crashes or is killed shows it and asks the same.
 */

/** What recovery needs of a BrowserWindow; Electron's matches it. */
export interface RecoverableWindow {
  isVisible(): boolean
  isDestroyed(): boolean
  show(): void
  readonly webContents: {
    on(
      event: 'did-fail-load',
      listener: (
        event: unknown,
        errorCode: number,
        errorDescription: string,
        url: string,
        isMainFrame: boolean,
      ) => void,
    ): unknown
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string }) => void,
    ): unknown
    reload(): void
  }
}

export interface RecoveryDeps {
  /** The native dialog, bound to the window; resolves the index of the button chosen. */
  ask(message: string, detail: string, buttons: readonly string[]): Promise<number>
  quit(): void
  setTimeout(callback: () => void, ms: number): unknown
}

/** However slow the first paint, the window appears by then. */
export const SHOW_AT_THE_LATEST_MS = 5_000

/** `ERR_ABORTED`: a load stopped because another replaced it, not a failure. */
const ABORTED = -3

const BUTTONS = ['Reload', 'Quit Gloss'] as const

/**
 * @param window - the reading window, just created (hidden)
 * @param deps - the dialog, quitting and a timer
 */
export function watchWindowLoad(window: RecoverableWindow, deps: RecoveryDeps): void {
  const show = (): void => {
    if (!window.isDestroyed() && !window.isVisible()) window.show()
  }
  deps.setTimeout(show, SHOW_AT_THE_LATEST_MS)
  let asking = false
  const offer = async (message: string, detail: string): Promise<void> => {
    show()
    if (asking) return
    asking = true
    const choice = await deps.ask(message, detail, BUTTONS)
    asking = false
    if (window.isDestroyed()) return
    if (choice === 0) window.webContents.reload()
    else deps.quit()
  }
  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (code === ABORTED || !isMainFrame) return
    void offer('Gloss could not load its page.', `${description} (${code}) at ${url}`)
  })
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    void offer(
      'Gloss stopped unexpectedly.',
      `The page's process ended (${details.reason}). Reload to go on reading; what you had saved is kept.`,
    )
  })
}
