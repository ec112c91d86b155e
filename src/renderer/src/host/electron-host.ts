/**
 * The Electron host: the `ReaderHost` the preload exposes on `window.gloss`, over IPC to main.
 */
import type { ReaderHost } from '@shared/host'

declare global {
  interface Window {
    readonly gloss: ReaderHost
  }
}

export const host: ReaderHost = window.gloss
