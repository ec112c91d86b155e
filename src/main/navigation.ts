/**
 * Keeps every web contents on the app: no navigation or redirect away from `gloss://app`, in the
 * top frame or any subframe; no new windows (`window.open`, `target=_blank`); no `<webview>`.
 * Installed for every web contents Electron creates, so no window can be made that lacks it.
 * Links meant for the browser go through the host's `openExternal`, which checks them.
 */
import type { App, WebContents } from 'electron'
import { isAppUrl } from './app-url'

interface NavigationEvent {
  readonly url: string
  preventDefault(): void
}

/** What the guards use of a WebContents; a fake in tests. */
export interface GuardedContents {
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

function stayOnApp(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault()
}

/**
 * Guard one web contents.
 *
 * @param contents - a web contents Electron just created
 */
export function guardWebContents(contents: GuardedContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.on('will-navigate', stayOnApp)
  contents.on('will-frame-navigate', stayOnApp)
  contents.on('will-redirect', stayOnApp)
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * Guard every web contents the app will ever create. Call before the first window.
 *
 * @param app - Electron's app
 */
export function installNavigationGuards(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents: WebContents) => guardWebContents(contents))
}
