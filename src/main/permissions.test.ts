import { describe, expect, it } from 'vitest'
import type { Session } from 'electron'
import { installPermissionHandlers } from './permissions'

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0]
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0]

const EVERY_PERMISSION = [
  'clipboard-sanitized-write',
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'clipboard-read',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fullscreen',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'hid',
  'serial',
  'usb',
  'persistent-storage',
  'window-management',
  'local-fonts',
  'storage-access',
  'unknown',
] as const

function installed() {
  let request: RequestHandler = null
  let check: CheckHandler = null
  let device: ((details: unknown) => boolean) | null = null
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (check = h),
    setDevicePermissionHandler: (h: typeof device) => (device = h),
  } as unknown as Session
  installPermissionHandlers(session)
  if (!request || !check || !device) throw new Error('a handler was not installed')
  const requestHandler: NonNullable<RequestHandler> = request
  const checkHandler: NonNullable<CheckHandler> = check
  return {
    request(permission: string, requestingUrl: string, isMainFrame = true): boolean {
      let answer: boolean | undefined
      requestHandler({} as never, permission as never, (granted) => (answer = granted), {
        requestingUrl,
        isMainFrame,
      } as never)
      if (answer === undefined) throw new Error('the request handler never answered')
      return answer
    },
    check(permission: string, origin: string, isMainFrame = true): boolean {
      return checkHandler(null, permission as never, origin, { isMainFrame } as never)
    },
    device: device as (details: unknown) => boolean,
  }
}

describe('permission handlers', () => {
  const handlers = installed()

  it.each(EVERY_PERMISSION)('deny %s to the app itself, asked or checked', (permission) => {
    expect(handlers.request(permission, 'gloss://app/index.html')).toBe(false)
    expect(handlers.check(permission, 'gloss://app')).toBe(false)
  })

  it('deny every device (USB, HID, serial)', () => {
    expect(handlers.device({ deviceType: 'usb', origin: 'gloss://app' })).toBe(false)
  })
})
