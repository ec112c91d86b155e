import { describe, expect, it, vi } from 'vitest'
import { SHOW_AT_THE_LATEST_MS, watchWindowLoad, type RecoverableWindow } from './window-recovery'

type Listener = (...args: unknown[]) => void

function fakeWindow() {
  const listeners = new Map<string, Listener>()
  const window = {
    visible: false,
    destroyed: false,
    isVisible: () => window.visible,
    isDestroyed: () => window.destroyed,
    show: vi.fn(() => {
      window.visible = true
    }),
    webContents: {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      reload: vi.fn(),
    },
    emit: (event: string, ...args: unknown[]) => listeners.get(event)!({}, ...args),
  }
  return window
}

function watched(choice = 0) {
  const window = fakeWindow()
  const timers: [() => void, number][] = []
  const deps = {
    ask: vi.fn(async (_message: string, _detail: string, _buttons: readonly string[]) => choice),
    quit: vi.fn(),
    setTimeout: (callback: () => void, ms: number) => timers.push([callback, ms]),
  }
  watchWindowLoad(window as unknown as RecoverableWindow, deps)
  return { window, deps, timers }
}

describe('watchWindowLoad', () => {
  it('shows the window after five seconds if the page never said it was ready', () => {
    const { window, timers } = watched()
    expect(timers.map(([, ms]) => ms)).toEqual([SHOW_AT_THE_LATEST_MS])
    expect(window.show).not.toHaveBeenCalled()
    timers[0][0]()
    expect(window.show).toHaveBeenCalledOnce()
    timers[0][0]()
    expect(window.show).toHaveBeenCalledOnce()
  })

  it('shows the window and offers Reload when the page fails to load', async () => {
    const { window, deps } = watched(0)
    window.emit('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'gloss://app/index.html', true)
    expect(window.show).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledOnce())
    expect(deps.ask.mock.calls[0][0]).toBe('Gloss could not load its page.')
    expect(deps.ask.mock.calls[0][2]).toEqual(['Reload', 'Quit Gloss'])
  })

  it('ignores a load replaced by another, and a subframe', () => {
    const { window, deps } = watched()
    window.emit('did-fail-load', -3, 'ERR_ABORTED', 'gloss://app/index.html', true)
    window.emit('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'gloss://app/x.html', false)
    expect(window.show).not.toHaveBeenCalled()
    expect(deps.ask).not.toHaveBeenCalled()
  })

  it('offers to reload, or quits, when the renderer process is gone', async () => {
    const { window, deps } = watched(1)
    window.emit('render-process-gone', { reason: 'crashed' })
    window.emit('render-process-gone', { reason: 'oom' })
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledOnce())
    expect(deps.ask).toHaveBeenCalledOnce()
    expect(deps.ask.mock.calls[0][1]).toMatch(/\(crashed\)/)
    window.emit('render-process-gone', { reason: 'clean-exit' })
    expect(deps.ask).toHaveBeenCalledOnce()
  })
})
