/**
 * Web permissions: the reader needs no camera, microphone, location, notifications, MIDI, USB,
 * serial, HID or fullscreen API, so every request and every check is denied. One exception:
 * writing text to the clipboard (`clipboard-sanitized-write`, what `navigator.clipboard.writeText`
 * asks for), and only for the app's own top frame, because the export dialog's "Copy to
 * clipboard" needs it. Chromium still requires a user gesture for it, and reading the clipboard
 * stays denied.
 */
import type { Session } from 'electron'
import { isAppUrl } from './app-url'

/** The one permission granted, write-only and sanitised by Chromium. */
export const CLIPBOARD_WRITE_PERMISSION = 'clipboard-sanitized-write'

export interface PermissionAsk {
  readonly permission: string
  /** The URL or origin of the frame asking. */
  readonly requestingUrl: string | undefined
  readonly isMainFrame: boolean
}

/**
 * Whether a permission is granted: never, except clipboard writes from the app's top frame.
 *
 * @param ask - which permission, and who asks
 */
export function isPermissionGranted(ask: PermissionAsk): boolean {
  return (
    ask.permission === CLIPBOARD_WRITE_PERMISSION &&
    ask.isMainFrame &&
    ask.requestingUrl !== undefined &&
    isAppUrl(ask.requestingUrl)
  )
}

/**
 * Install the request, check and device handlers on a session.
 *
 * @param session - the window's session
 */
export function installPermissionHandlers(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(
      isPermissionGranted({
        permission,
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
      }),
    )
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted({
      permission,
      requestingUrl: details.requestingUrl ?? requestingOrigin,
      isMainFrame: details.isMainFrame,
    }),
  )
  session.setDevicePermissionHandler(() => false)
}
