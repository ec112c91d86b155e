import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { protocolClientArgs, registerProtocolClient } from './protocol-client'

describe('protocolClientArgs', () => {
  it('registers the app itself when packaged', () => {
    const run = { isPackaged: true, execPath: '/opt/Gloss/gloss', appPath: '/opt/Gloss/app.asar' }
    expect(protocolClientArgs(run)).toEqual(['gloss'])
  })

  it('registers Electron with the project folder when unpackaged', () => {
    const run = {
      isPackaged: false,
      execPath: '/p/node_modules/electron/dist/electron',
      appPath: '.',
    }
    expect(protocolClientArgs(run)).toEqual([
      'gloss',
      '/p/node_modules/electron/dist/electron',
      [resolve('.')],
    ])
  })
})

describe('registerProtocolClient', () => {
  it('calls Electron with those arguments, and warns when the OS refuses', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const app = { setAsDefaultProtocolClient: vi.fn(() => true) }
    registerProtocolClient(app, { isPackaged: true, execPath: '/x', appPath: '/y' })
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('gloss')
    expect(warn).not.toHaveBeenCalled()

    app.setAsDefaultProtocolClient.mockReturnValue(false)
    registerProtocolClient(app, { isPackaged: false, execPath: '/e', appPath: '/p' })
    expect(app.setAsDefaultProtocolClient).toHaveBeenLastCalledWith('gloss', '/e', ['/p'])
    expect(warn).toHaveBeenCalledWith('Gloss could not make itself the handler of gloss:// links.')
    warn.mockRestore()
  })

  it('registers nothing for an e2e run, unless packaged (where the variable is not Gloss’s)', () => {
    const app = { setAsDefaultProtocolClient: vi.fn(() => true) }
    registerProtocolClient(app, { isPackaged: false, execPath: '/e', appPath: '/p', e2e: '1' })
    expect(app.setAsDefaultProtocolClient).not.toHaveBeenCalled()
    registerProtocolClient(app, { isPackaged: true, execPath: '/x', appPath: '/y', e2e: '1' })
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledExactlyOnceWith('gloss')
  })
})
