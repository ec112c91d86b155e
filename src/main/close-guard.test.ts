import { describe, expect, it, vi } from 'vitest'
import { guardClose, SAVE_AT_MOST_MS, type GuardedWindow } from './close-guard'

function fakeWindow() {
  const listeners = new Map<string, (event?: { preventDefault(): void }) => void>()
  const window = {
    destroyed: false,
    sent: [] as unknown[][],
    closes: 0,
    prevented: 0,
    on: (event: string, listener: (event?: { preventDefault(): void }) => void) =>
      listeners.set(event, listener),
    isDestroyed: () => window.destroyed,
    /** What Electron does: a close emits `close`, and unless prevented the window goes. */
    close: () => {
      window.closes++
      let prevented = false
      listeners.get('close')!({ preventDefault: () => (prevented = true) })
      if (prevented) window.prevented++
      else {
        window.destroyed = true
        listeners.get('closed')!()
      }
    },
    webContents: { send: (...args: unknown[]) => window.sent.push(args) },
  }
  return window
}

function guarded(quitting = false) {
  const window = fakeWindow()
  const timers: [() => void, number][] = []
  const quit = vi.fn()
  const ready = guardClose(window as unknown as GuardedWindow, {
    channel: 'gloss:window:close-request',
    setTimeout: (callback, ms) => timers.push([callback, ms]),
    quitting: () => quitting,
    quit,
  })
  return { window, timers, ready, quit }
}

describe('guardClose', () => {
  it('holds the first close, asks the page to save, and closes on its answer', () => {
    const { window, ready } = guarded()
    window.close()
    expect(window.destroyed).toBe(false)
    expect(window.sent).toHaveLength(1)
    const [channel, token] = window.sent[0] as [string, number]
    expect(channel).toBe('gloss:window:close-request')
    expect(ready(token + 1)).toBe(false)
    expect(window.destroyed).toBe(false)
    expect(ready(token)).toBe(true)
    expect(window.destroyed).toBe(true)
  })

  it('closes after the bounded wait when the page never answers, and only once', () => {
    const { window, timers, ready } = guarded()
    window.close()
    window.close() // a second click while waiting asks nothing more
    expect(window.sent).toHaveLength(1)
    expect(timers.map(([, ms]) => ms)).toEqual([SAVE_AT_MOST_MS])
    timers[0][0]()
    expect(window.destroyed).toBe(true)
    const [, token] = window.sent[0] as [string, number]
    ready(token)
    expect(window.closes).toBe(3)
  })

  it('takes a quit under way up again once the window is gone (macOS)', () => {
    const { window, ready, quit } = guarded(true)
    window.close()
    expect(quit).not.toHaveBeenCalled()
    ready((window.sent[0] as [string, number])[1])
    expect(quit).toHaveBeenCalledOnce()
  })

  it('refuses an answer before any request', () => {
    expect(guarded().ready(42)).toBe(false)
  })
})
