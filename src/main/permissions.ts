/**
 * Web permissions: the reader needs no camera, microphone, location, notifications, MIDI, USB,
 * serial, HID, clipboard or fullscreen API, so every request, every check and every device is
 * denied. (Copying goes through the host's `copyText`, which main writes.)
 */
import type { Session } from 'electron'

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
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
